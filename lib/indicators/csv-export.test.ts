import { describe, expect, it } from 'vitest';
import { csvField, regionCsv } from './csv-export';
import type { Indicator } from './schema';

describe('csvField', () => {
  it.each(['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd'])('neutralizes the formula-like text %j', (text) => {
    const cell = csvField(text);
    // The apostrophe comes first, inside the quotes when the cell needs quoting.
    expect(cell.replace(/^"/, '')).toMatch(/^'/);
    expect(cell.replace(/^"|"$/g, '').replaceAll('""', '"')).toBe(`'${text}`);
  });

  it('leaves numbers as numbers, negative ones included', () => {
    expect([csvField(-1.25), csvField(0), csvField(2024)]).toEqual(['-1.25', '0', '2024']);
  });

  it('leaves ordinary text and empty cells alone', () => {
    expect([csvField('Hubei'), csvField('湖北'), csvField(''), csvField(undefined), csvField('a=b')]).toEqual(['Hubei', '湖北', '', '', 'a=b']);
  });

  it('quotes text with commas, quotes or line breaks', () => {
    expect(csvField('a, "b"')).toBe('"a, ""b"""');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
  });
});

describe('regionCsv', () => {
  const indicator = { id: 'gdp', label_en: '=cmd|"/c calc"!A1', unit_en: 'yuan' } as Indicator;
  const region = { code: '420000', name_en: 'Hubei', name_zh: '湖北', kind: 'province' as const };
  const citations = {
    src: {
      id: 'src',
      short_en: 'NBS, yearbook',
      short_zh: '国家统计局年鉴',
      publisher: 'NBS',
      title: 'Yearbook',
      table: '',
      edition: '',
      url: '',
      licence: 'x',
      via: '',
    },
  };

  it('names each source by its short label, then the full reference', () => {
    const csv = regionCsv(region, [{ indicator, observations: [{ year: 2020, value: 1, sources: ['src'] }] }], citations);
    expect(csv).toContain('#   [src] NBS, yearbook — NBS; Yearbook');
  });

  it('neutralizes text cells of a row but keeps a negative value numeric', () => {
    const csv = regionCsv(region, [{ indicator, observations: [{ year: 2020, value: -1.25, sources: ['src'], note: '-revised' }] }], citations);
    expect(csv.trimEnd().split('\n').at(-1)).toBe(`gdp,"'=cmd|""/c calc""!A1",2020,-1.25,yuan,src,'-revised`);
  });

  it('keeps the published value and unit, where the page reads "58.3 million people"', () => {
    const population = { id: 'population', label_en: 'Population', unit_en: '10,000 persons' } as Indicator;
    const csv = regionCsv(region, [{ indicator: population, observations: [{ year: 2024, value: 5834, sources: ['src'] }] }], citations);
    expect(csv.trimEnd().split('\n').at(-1)).toBe('population,Population,2024,5834,"10,000 persons",src,');
  });
});
