import { describe, expect, it } from 'vitest';
import { localizer } from '../i18n/localize';
import type { RegionRef } from '../indicators/regions';
import type { TableData, TableRow } from './table-rows';
import { describeChart, describeMap, describeScatter, describeTable } from './describe-view';

const en = localizer('en');
const zh = localizer('zh');
const gdppc = { label_en: 'GDP per capita', label_zh: '人均地区生产总值', unit_en: 'yuan', unit_zh: '元', decimals: 0 };
const place = (code: string, name_en: string, name_zh: string): RegionRef & { code: string } => ({ code, name_en, name_zh, kind: 'province' });
const gansu = place('620000', 'Gansu', '甘肃');
const beijing = place('110000', 'Beijing', '北京');
const hubei = place('420000', 'Hubei', '湖北');

describe('describeMap', () => {
  it('names the range and the selected place’s rank, in both languages', () => {
    const values = [
      { place: gansu, value: 52825 },
      { place: beijing, value: 228167 },
      { place: hubei, value: 101621 },
    ];
    const selected = { place: hubei, rank: 2, of: 3 };
    expect(describeMap(en, gdppc, 2024, values, selected)).toBe(
      'In 2024, GDP per capita ranged from 52,825 yuan in Gansu to 228,167 yuan in Beijing (3 provinces with a value). Hubei ranked 2 of 3.',
    );
    expect(describeMap(zh, gdppc, 2024, values, null)).toBe('2024年，人均地区生产总值最低为甘肃的 52,825元，最高为北京的 228,167元（3 个省份有数值）。');
    expect(describeMap(en, gdppc, 2024, [], null)).toBe('');
  });
});

describe('describeChart', () => {
  it('gives each line’s first and last value, and says when a place has none', () => {
    const text = describeChart(
      en,
      gdppc,
      [
        { place: hubei, first: { year: 2005, value: 11554 }, last: { year: 2024, value: 101621 } },
        { place: gansu, first: null, last: null },
      ],
      2005,
      2024,
      false,
    );
    expect(text).toBe('GDP per capita, 2005–2024: Hubei 11,554 yuan in 2005 to 101,621 yuan in 2024; Gansu no value.');
    const relative = describeChart(en, gdppc, [{ place: hubei, first: { year: 2005, value: 82.04 }, last: { year: 2024, value: 106.3 } }], 2005, 2024, true);
    expect(relative).toContain('GDP per capita (China = 100)');
    expect(relative).toContain('82 in 2005 to 106.3 in 2024');
  });
});

describe('describeScatter', () => {
  it('names the highest and lowest and the fit', () => {
    const points = [
      { code: '620000', region: 'west' as const, x: 40, y: 52825, size: null, estimate: false },
      { code: '110000', region: 'east' as const, x: 88, y: 228167, size: null, estimate: false },
      { code: '420000', region: 'central' as const, x: 65, y: 101621, size: null, estimate: false },
    ];
    const names: Record<string, RegionRef> = { '620000': gansu, '110000': beijing, '420000': hubei };
    const urbanization = { label_en: 'Urbanization', label_zh: '城镇化率', unit_en: '%', unit_zh: '%', decimals: 1 };
    const fit = { slope: 3512.345, intercept: 0, r2: 0.874, slopeStdError: 1, n: 3, logX: false, logY: false, ends: [] as never };
    expect(describeScatter(en, { x: urbanization, y: gdppc }, 2024, points, (c) => names[c], fit)).toBe(
      'In 2024, 3 provinces by Urbanization (horizontal) and GDP per capita (vertical); highest GDP per capita: Beijing (228,167 yuan), lowest: Gansu (52,825 yuan). Least-squares slope 3,510, R² 0.87.',
    );
    expect(describeScatter(en, { x: urbanization, y: gdppc }, 2024, [], (c) => names[c], null)).toBe('No province has both values in 2024.');
  });
});

describe('describeTable', () => {
  const row = (region: RegionRef, start: number, end: number, cagr: number, rankChange: number): TableRow => ({
    region,
    start: { value: start, estimate: false, sources: [] },
    end: { value: end, estimate: false, sources: [] },
    change: { abs: end - start, pct: null, cagr },
    rankStart: null,
    rankEnd: null,
    rankChange,
  });
  it('names the fastest and slowest growth and the biggest mover', () => {
    const data: TableData = {
      startYear: 2005,
      endYear: 2024,
      rows: [row(hubei, 11554, 101621, 12.12, 5), row(beijing, 45444, 228167, 8.86, 0), row(gansu, 7477, 52825, 10.83, -2)],
    };
    expect(describeTable(en, gdppc, data)).toBe(
      'GDP per capita, 2005 to 2024: fastest average annual growth in Hubei (+12.1%), slowest in Beijing (+8.9%); Hubei moved most in rank (up 5).',
    );
    expect(describeTable(en, gdppc, { ...data, startYear: null })).toBe('GDP per capita in 2024: highest Beijing (228,167 yuan), lowest Gansu (52,825 yuan).');
  });
});
