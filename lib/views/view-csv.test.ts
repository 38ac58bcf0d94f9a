import { describe, expect, it } from 'vitest';
import type { RegionRef } from '../indicators/regions';
import type { Citation } from '../indicators/schema';
import { chartCsv, tableCsv } from './view-csv';

const indicator = { id: 'gdp_per_capita', label_en: 'GDP per capita', label_zh: '人均地区生产总值', unit_en: 'yuan', description: 'Per resident.' };
const citation: Citation = {
  id: 'a',
  short_en: 'NBS, Yearbook 2025, table 3-9',
  short_zh: '国家统计局《年鉴2025》表3-9',
  publisher: 'NBS',
  title: 'Yearbook',
  table: '3-9',
  edition: '2025',
  url: 'https://www.stats.gov.cn/',
  licence: 'facts',
  via: '',
};
const hubei: RegionRef = { code: '420000', name_en: 'Hubei', name_zh: '湖北', kind: 'province' };
const east: RegionRef = { code: 'east', name_en: '=East', name_zh: '东部', kind: 'group' };

describe('tableCsv', () => {
  it('writes the rows shown, in order, with raw values, marks, ranks and every source', () => {
    const text = tableCsv(
      indicator,
      {
        startYear: 2005,
        endYear: 2024,
        rows: [],
      },
      [
        {
          region: hubei,
          start: { value: 11554, estimate: true, sources: ['a'] },
          end: { value: 101621, estimate: false, sources: ['a'] },
          change: { abs: 90067, pct: 779.53089, cagr: 12.1237 },
          rankStart: 14,
          rankEnd: 9,
          rankChange: 5,
        },
        { region: east, start: null, end: null, change: null, rankStart: null, rankEnd: null, rankChange: null },
      ],
      { a: citation },
    );
    const lines = text.trim().split('\n');
    expect(lines.filter((l) => l.startsWith('#')).some((l) => l.includes('[a] NBS, Yearbook 2025, table 3-9'))).toBe(true);
    const body = lines.filter((l) => !l.startsWith('#'));
    expect(body[0]).toBe(
      'code,name_en,name_zh,kind,value_2005,note_2005,value_2024,note_2024,change_abs,change_pct,avg_annual_growth_pct,rank_2005,rank_2024,rank_change',
    );
    expect(body[1]).toBe('420000,Hubei,湖北,province,11554,estimate,101621,,90067,779.5309,12.1237,14,9,5');
    // A name that a spreadsheet would run as a formula is defused.
    expect(body[2]).toBe("east,'=East,东部,group,,,,,,,,,,");
  });
});

describe('chartCsv', () => {
  it('writes one row per place and year, saying when values are relative to China', () => {
    const text = chartCsv(
      indicator,
      true,
      [{ code: '420000', name_en: 'Hubei', name_zh: '湖北', points: [{ year: 2024, value: 106.33333, estimate: false, sources: ['a'] }] }],
      {
        a: citation,
      },
    );
    expect(text).toContain('relative to China = 100');
    expect(text.trim().split('\n').slice(-2)).toEqual(['code,name_en,name_zh,year,index_china_100,note,sources', '420000,Hubei,湖北,2024,106.3333,,a']);
  });
});
