import { describe, expect, it } from 'vitest';
import { formatValue, formatWithUnit } from './format';

const yuan = { decimals: 0, unit_en: 'yuan', unit_zh: '元' };

describe('formatting values', () => {
  it('groups thousands, keeps the decimals and places the unit', () => {
    expect(formatWithUnit(102832, yuan)).toBe('102,832 yuan');
    expect(formatWithUnit(67, { decimals: 1, unit_en: '%', unit_zh: '%' })).toBe('67.0%');
    expect(formatWithUnit(2.31, { decimals: 2, unit_en: '% of GDP', unit_zh: '%（占GDP）' })).toBe('2.31% of GDP');
    expect(formatWithUnit(null, yuan)).toBe('no data');
  });

  it('formats for Chinese readers with Chinese units and the zh-CN locale', () => {
    expect(formatWithUnit(102832, yuan, 'zh')).toBe('102,832 元');
    expect(formatWithUnit(2.31, { decimals: 2, unit_en: '% of GDP', unit_zh: '%（占GDP）' }, 'zh')).toBe('2.31%（占GDP）');
    expect(formatWithUnit(null, yuan, 'zh')).toBe('无数据');
    expect(formatValue(1234.5, { decimals: 1 }, 'zh')).toBe((1234.5).toLocaleString('zh-CN', { minimumFractionDigits: 1 }));
  });
});
