import { describe, expect, it } from 'vitest';
import { buildDataset, type SourceFiles } from './build-dataset';

const indicators = JSON.stringify([
  {
    id: 'population',
    label_en: 'Population',
    label_zh: '人口',
    unit_en: '10,000 persons',
    unit_zh: '万人',
    decimals: 0,
    category: 'people',
    higher_is_better: null,
    description: 'd',
    aggregation: { method: 'sum' },
    plausible: [100, 200000],
    years: [2000, 2024],
  },
]);
const citations = JSON.stringify([
  {
    id: 'nbs',
    short_en: 'NBS, yearbook 2024, table 2-7',
    short_zh: '国家统计局年鉴2024表2-7',
    publisher: 'NBS',
    title: 'Yearbook',
    table: '2-7',
    edition: '2024',
    url: '',
    licence: 'public',
    via: '',
  },
]);
const files = (values: string): SourceFiles => ({
  indicators: { file: 'indicators.json', text: indicators },
  citations: [{ file: 'citations/a.json', text: citations }],
  values: [{ file: 'values/population.csv', indicatorId: 'population', text: `code,year,value,source,note\n${values}` }],
});

describe('buildDataset', () => {
  it('keeps each value with its source and note', () => {
    const d = buildDataset(files('420000,2024,5834,nbs,year-end\n'));
    expect(d.series.population['420000']).toEqual([{ year: 2024, value: 5834, sources: ['nbs'], note: 'year-end' }]);
  });

  it('computes a group only when all its members have values', () => {
    const northeast = ['210000', '220000', '230000'].map((c, i) => `${c},2024,${1000 + i},nbs,`).join('\n');
    const d = buildDataset(files(`${northeast}\n420000,2024,5834,nbs,\n`));
    expect(d.series.population.northeast).toEqual([{ year: 2024, value: 3003, sources: ['nbs'], computed: { method: 'sum of member values' } }]);
    expect(d.series.population.central).toBeUndefined();
  });

  it.each([
    ['420000,2024,5,834,nbs,', /values\/population\.csv:2: expected 5 fields/],
    ['999999,2024,5834,nbs,', /values\/population\.csv:2: code: code must be/],
    ['420000,1990,5834,nbs,', /:2: year 1990 is outside population's range 2000–2024/],
    ['420000,2024,99,nbs,', /:2: value 99 is outside the plausible range/],
    ['420000,2024,5834,wiki,', /:2: source "wiki" is not defined/],
    ['420000,2024,"5834",nbs,', /:2: value: value must be a plain number/],
    ['420000,2024,5834,nbs,\n420000,2024,5835,nbs,', /:3: duplicate value for 420000 in 2024/],
  ])('fails on a bad row with file, line and reason: %s', (row, message) => {
    expect(() => buildDataset(files(`${row}\n`))).toThrow(message);
  });

  it.each(['short_en', 'short_zh'])('fails on a citation without its %s label, naming the file and field', (field) => {
    const f = files('420000,2024,5834,nbs,\n');
    const [citation] = JSON.parse(citations) as Array<Record<string, string>>;
    f.citations[0].text = JSON.stringify([{ ...citation, [field]: undefined }]);
    expect(() => buildDataset(f)).toThrow(new RegExp(`citations/a\\.json:1: citation #1: ${field}`));
    f.citations[0].text = JSON.stringify([{ ...citation, [field]: '' }]);
    expect(() => buildDataset(f)).toThrow(new RegExp(`citations/a\\.json:1: citation #1: ${field}`));
  });

  it('rejects a values file for an indicator the catalogue does not have', () => {
    const f = files('');
    f.values[0].indicatorId = 'gdp';
    expect(() => buildDataset(f)).toThrow(/no indicator "gdp"/);
  });
});

describe('estimates for missing years', () => {
  it('fills a gap from numerator ÷ denominator and marks it as an estimate, leaving published values alone', () => {
    const cat = JSON.parse(indicators);
    const mk = (id: string, extra = {}) => ({ ...cat[0], id, plausible: [0, 1e9], ...extra });
    const f: SourceFiles = {
      indicators: {
        file: 'indicators.json',
        text: JSON.stringify([
          mk('gdp'),
          mk('population'),
          mk('gdp_per_capita', {
            aggregation: null,
            estimate_missing: { numerator: 'gdp', denominator: 'population', scale: 10000, method: 'GDP ÷ year-end population, by us' },
          }),
        ]),
      },
      citations: [{ file: 'c.json', text: citations }],
      values: [
        { file: 'gdp.csv', indicatorId: 'gdp', text: 'code,year,value,source,note\n420000,2010,15000,nbs,\n420000,2011,19000,nbs,\n' },
        { file: 'population.csv', indicatorId: 'population', text: 'code,year,value,source,note\n420000,2010,5728,nbs,\n420000,2011,5758,nbs,\n' },
        { file: 'gdp_per_capita.csv', indicatorId: 'gdp_per_capita', text: 'code,year,value,source,note\n420000,2011,34197,nbs,\n' },
      ],
    };
    const obs = buildDataset(f).series.gdp_per_capita['420000'];
    expect(obs.map((o) => [o.year, o.value, !!o.estimate])).toEqual([
      [2010, 26187, true],
      [2011, 34197, false],
    ]);
  });

  it('divides by the mean of this and the previous year when asked, saying which method each year used', () => {
    const cat = JSON.parse(indicators);
    const mk = (id: string, extra = {}) => ({ ...cat[0], id, plausible: [0, 1e9], ...extra });
    const rule = {
      numerator: 'gdp',
      denominator: 'population',
      scale: 10000,
      mean_denominator: true,
      method: 'GDP ÷ average population, by us',
      method_without_previous_year: 'GDP ÷ year-end population, by us',
    };
    const f: SourceFiles = {
      indicators: {
        file: 'indicators.json',
        text: JSON.stringify([mk('gdp'), mk('population'), mk('gdp_per_capita', { aggregation: null, estimate_missing: rule })]),
      },
      citations: [{ file: 'c.json', text: citations }],
      values: [
        { file: 'gdp.csv', indicatorId: 'gdp', text: 'code,year,value,source,note\n420000,2010,15000,nbs,\n420000,2011,19000,nbs,\n' },
        { file: 'population.csv', indicatorId: 'population', text: 'code,year,value,source,note\n420000,2010,5728,nbs,\n420000,2011,5758,nbs,\n' },
      ],
    };
    const obs = buildDataset(f).series.gdp_per_capita['420000'];
    expect(obs.map((o) => [o.year, o.value, o.estimate?.method])).toEqual([
      [2010, 26187, 'GDP ÷ year-end population, by us'],
      [2011, Math.round((19000 / ((5728 + 5758) / 2)) * 10000), 'GDP ÷ average population, by us'],
    ]);
  });

  it('refuses a mean denominator without a method for years lacking the previous value', () => {
    const cat = JSON.parse(indicators);
    const rule = { numerator: 'gdp', denominator: 'population', scale: 10000, mean_denominator: true, method: 'GDP ÷ average population, by us' };
    const f = files('');
    f.indicators.text = JSON.stringify([{ ...cat[0], id: 'gdp_per_capita', aggregation: null, estimate_missing: rule }]);
    expect(() => buildDataset(f)).toThrow(/method_without_previous_year/);
  });
});
