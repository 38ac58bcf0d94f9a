import { describe, expect, it } from 'vitest';
import { formatWithUnit } from './format';

describe('formatWithUnit', () => {
  it('groups thousands, keeps the decimals and places the unit', () => {
    expect(formatWithUnit(102832, { decimals: 0, unit_en: 'yuan' })).toBe('102,832 yuan');
    expect(formatWithUnit(67, { decimals: 1, unit_en: '%' })).toBe('67.0%');
    expect(formatWithUnit(2.31, { decimals: 2, unit_en: '% of GDP' })).toBe('2.31% of GDP');
    expect(formatWithUnit(null, { decimals: 0, unit_en: 'yuan' })).toBe('no data');
  });
});
