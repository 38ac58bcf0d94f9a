import { describe, expect, it } from 'vitest';
import { changeStartYear, changeValues, changeWords, formatChange, nationalChange, type ChangeInput } from './change-map';
import { localizer } from '../i18n/localize';

const input = (kind: ChangeInput['kind']): ChangeInput => ({
  kind,
  from: 2010,
  to: 2020,
  start: new Map([
    ['a', 100],
    ['b', 50],
    ['c', null],
  ]),
  national: { from: 80, to: 160 },
});
const end = new Map<string, number | null>([
  ['a', 200],
  ['b', 40],
  ['c', 10],
  ['d', 5],
]);

describe('change map values', () => {
  it('computes each province’s change and China’s, by hand', () => {
    // a: 100 → 200 = +100%, +100, 2^(1/10) − 1 = 7.177% a year; b: 50 → 40 = −20%, −10; c and d lack a start.
    expect(Object.fromEntries(changeValues(end, input('pct')))).toEqual({ a: 100, b: -20, c: null, d: null });
    expect(Object.fromEntries(changeValues(end, input('abs')))).toEqual({ a: 100, b: -10, c: null, d: null });
    expect(changeValues(end, input('cagr')).get('a')).toBeCloseTo((2 ** 0.1 - 1) * 100, 12);
    // China 80 → 160: +100%, +80.
    expect(nationalChange(input('pct'))).toBe(100);
    expect(nationalChange(input('abs'))).toBe(80);
    expect(nationalChange({ ...input('pct'), national: { from: null, to: 160 } })).toBeNull();
  });

  const yuan = (decimals: number) => ({ decimals, unit_en: 'yuan', unit_zh: '元' });
  it('writes changes with a sign, in the reader’s language', () => {
    expect(formatChange(123.456, 'pct', yuan(0), 'en')).toBe('+123%');
    expect(formatChange(-4.25, 'pct', yuan(0), 'en')).toBe('-4.3%');
    expect(formatChange(7.177, 'cagr', yuan(0), 'zh')).toBe('+7.2%');
    expect(formatChange(12345, 'abs', yuan(0), 'en')).toBe('+12,345');
    expect(formatChange(0, 'abs', yuan(1), 'en')).toBe('0.0');
  });
});

describe('changeStartYear', () => {
  it('takes the year with data nearest the link’s, before the end year', () => {
    expect(changeStartYear([2000, 2010, 2020], 2005, 2020)).toBe(2000);
    expect(changeStartYear([2000, 2010, 2020], 2008, 2020)).toBe(2010);
    expect(changeStartYear([2000, 2010, 2020], 2020, 2020)).toBe(2010);
    expect(changeStartYear([2020], 2010, 2020)).toBeNull();
    expect(changeStartYear([2000, 2020], null, 2020)).toBeNull();
  });
});

describe('changeWords', () => {
  const gdppc = { label_en: 'GDP per capita', label_zh: '人均GDP', unit_en: 'yuan', unit_zh: '元', decimals: 0 };
  it('names the change, its unit and what the colours diverge from, in both languages', () => {
    const change = { kind: 'pct' as const, from: 2005, to: 2024, centre: 561.4, national: true, missing: 0 };
    expect(changeWords(localizer('en'), gdppc, change)).toEqual({
      title: 'Change in GDP per capita, 2005–2024',
      unit: '% change',
      note: 'Colours diverge from China’s own change (+561%): purple above it, orange below.',
    });
    expect(changeWords(localizer('zh'), gdppc, { ...change, kind: 'abs', centre: 80000 }).unit).toBe('元');
    expect(changeWords(localizer('en'), gdppc, { ...change, national: false, centre: 0 }).note).toMatch(
      /^No national figure for both years: colours diverge from no change/,
    );
  });
});
