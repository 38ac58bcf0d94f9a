import { describe, expect, it } from 'vitest';
import { routeParams, routeRequest } from '@/app/api/_testing/route-request';
import { expectSafeResponse } from '@/app/api/_testing/safe-response';
import { GET as indicatorGet } from '@/app/api/indicators/[id]/route';
import type { ConvergenceResponse, IndicatorYear } from '@/lib/indicators/api-types';
import { PROVINCES } from '@/lib/regions/provinces';
import { GET } from './route';

const get = (query = '') => GET(routeRequest(`/api/convergence${query}`));
const json = async (query = ''): Promise<ConvergenceResponse> => (await get(query)).json();

/** A province's value for a year, as the indicator API serves it (what an outside probe would read). */
async function served(indicator: string, year: number): Promise<Map<string, number>> {
  const res = await indicatorGet(routeRequest(`/api/indicators/${indicator}?year=${year}`), routeParams({ id: indicator }) as never);
  const body: IndicatorYear = await res.json();
  return new Map(body.values.filter((v) => v.kind === 'province' && v.value !== null).map((v) => [v.code, v.value!]));
}

/** The textbook forms, written out naively (O(n²), no shared code): what a researcher would recompute. */
function recompute(values: Map<string, number>, population: Map<string, number>) {
  const codes = PROVINCES.map((p) => p.code);
  const total = codes.reduce((s, c) => s + population.get(c)!, 0);
  const p = (c: string) => population.get(c)! / total;
  const y = (c: string) => values.get(c)!;
  const mu = codes.reduce((s, c) => s + p(c) * y(c), 0);
  const cv = Math.sqrt(codes.reduce((s, c) => s + p(c) * (y(c) - mu) ** 2, 0)) / mu;
  let pairs = 0;
  for (const a of codes) for (const b of codes) pairs += p(a) * p(b) * Math.abs(y(a) - y(b));
  const theil = codes.reduce((s, c) => s + p(c) * (y(c) / mu) * Math.log(y(c) / mu), 0);
  const groupBetween = (groupOf: (c: string) => string) => {
    const groups = new Map<string, string[]>();
    for (const c of codes) groups.set(groupOf(c), [...(groups.get(groupOf(c)) ?? []), c]);
    let between = 0;
    for (const members of groups.values()) {
      const P = members.reduce((s, c) => s + p(c), 0);
      const S = members.reduce((s, c) => s + p(c) * y(c), 0) / mu;
      between += S * Math.log(S / P);
    }
    return between;
  };
  const region = new Map(PROVINCES.map((x) => [x.code, x.region as string]));
  const coastal = new Map(PROVINCES.map((x) => [x.code, x.coastal ? 'coastal' : 'inland']));
  return { cv, gini: pairs / (2 * mu), theil, betweenRegions: groupBetween((c) => region.get(c)!), betweenCoastal: groupBetween((c) => coastal.get(c)!) };
}

describe('GET /api/convergence', () => {
  it('answers with every measure for GDP per capita by default, over its years with every province', async () => {
    const body = await json();
    expect(body).toMatchObject({ indicator: 'gdp_per_capita', from: 2005, to: 2024, weights: { indicator: 'population' } });
    expect(body.years.map((y) => y.year)).toEqual(Array.from({ length: 20 }, (_, i) => 2005 + i));
    for (const key of ['years', 'beta', 'rank_mobility', 'method', 'members', 'sigma', 'lorenz', 'sources', 'complete_years', 'excluded_years'])
      expect(body).toHaveProperty(key);
    expect(body.members).toHaveLength(31);
    expect(body.method).toMatch(/Theil/);
    expect(body.method).toMatch(/year-end resident population/);
    expect(Object.keys(body.beta!).sort()).toEqual(expect.arrayContaining(['coefficient', 'std_error', 'r2', 'speed', 'half_life_years', 'n']));
    expect(body.rank_mobility).toMatchObject({ n: 31, kendall_tau: expect.any(Number), moved_3_plus: expect.any(Number) });
    // 2000–2004 have GDP per capita for 11 provinces only: left out, and said so.
    expect(body.excluded_years.map((e) => e.year)).toEqual([2000, 2001, 2002, 2003, 2004]);
    for (const y of body.years) {
      expect(y.n).toBe(31);
      expect(Math.abs(y.theil.between_regions + y.theil.within_regions - y.theil.total)).toBeLessThan(1e-12);
      expect(Math.abs(y.theil.between_coastal + y.theil.within_coastal - y.theil.total)).toBeLessThan(1e-12);
      // The coastal and inland group values need the previous year-end population (average population): none for 2005.
      if (y.year > 2005) expect(y.coastal_inland_ratio).toBeGreaterThan(1);
      else expect(y.coastal_inland_ratio).toBeNull();
    }
    // Every citation behind the values and the populations comes with the numbers.
    for (const s of Object.values(body.sources)) expect(s.short_en).toBeTruthy();
  });

  it('gives the numbers a researcher recomputes from the indicator API’s values and populations', async () => {
    for (const [indicator, year] of [
      ['gdp_per_capita', 2024],
      ['gdp_per_capita', 2005],
      ['urbanization', 2012],
      ['disposable_income', 2020],
    ] as const) {
      const body = await json(`?indicator=${indicator}&to=${year === 2005 ? 2006 : year}&from=${year === 2005 ? 2005 : year - 1}`);
      const y = body.years.find((x) => x.year === year)!;
      const expected = recompute(await served(indicator, year), await served('population', year));
      expect(y.cv_weighted).toBeCloseTo(expected.cv, 12);
      expect(y.gini).toBeCloseTo(expected.gini, 12);
      expect(y.theil.total).toBeCloseTo(expected.theil, 12);
      expect(y.theil.between_regions).toBeCloseTo(expected.betweenRegions, 12);
      expect(y.theil.between_coastal).toBeCloseTo(expected.betweenCoastal, 12);
    }
  });

  it('fits beta convergence on the same values, and ranks as the region panel does', async () => {
    const body = await json('?indicator=gdp_per_capita&from=2005&to=2024');
    const [start, end] = [await served('gdp_per_capita', 2005), await served('gdp_per_capita', 2024)];
    const xs = PROVINCES.map((p) => Math.log(start.get(p.code)!));
    const gs = PROVINCES.map((p) => Math.log(end.get(p.code)! / start.get(p.code)!) / 19);
    const [mx, mg] = [xs.reduce((a, b) => a + b) / 31, gs.reduce((a, b) => a + b) / 31];
    const b = xs.reduce((s, x, i) => s + (x - mx) * (gs[i] - mg), 0) / xs.reduce((s, x) => s + (x - mx) ** 2, 0);
    expect(body.beta!.coefficient).toBeCloseTo(b, 12);
    expect(body.beta!.coefficient).toBeLessThan(0); // poorer provinces grew faster over 2005–2024
    expect(body.beta!.speed).toBeCloseTo(-Math.log(1 + b * 19) / 19, 12);
    expect(body.beta!.half_life_years).toBeCloseTo(Math.LN2 / body.beta!.speed!, 10);
    expect(body.beta!.points).toHaveLength(31);
    const beijing = body.rank_mobility.provinces.find((p) => p.code === '110000')!;
    expect(beijing.ranks).toHaveLength(body.years.length);
    expect(beijing.rank_to).toBe(beijing.ranks.at(-1));
    expect(body.rank_mobility.moved_3_plus).toBe(body.rank_mobility.provinces.filter((p) => Math.abs(p.change) >= 3).length);
    expect(body.lorenz.year).toBe(2024);
    expect(body.lorenz.points).toHaveLength(32);
  });

  it('serves the years as CSV, with beta and rank mobility in the header', async () => {
    const res = await get('?indicator=urbanization&from=2010&to=2024&format=csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toContain('hinterland-inequality-urbanization-2010-2024.csv');
    const text = await res.text();
    expect(text).toMatch(/^# Inequality across China's 31 provinces: Urbanization/);
    expect(text).toMatch(/# Beta convergence 2010-2024: coefficient -?\d/);
    expect(text).toMatch(/# Rank mobility 2010-2024: kendall_tau /);
    const lines = text
      .trim()
      .split('\n')
      .filter((l) => !l.startsWith('#'));
    expect(lines[0]).toBe(
      'year,n,cv_weighted,cv_unweighted,sd_log,gini,theil_total,theil_between_regions,theil_within_regions,theil_between_coastal,theil_within_coastal,coastal_inland_ratio,estimates',
    );
    expect(lines).toHaveLength(16);
    const json2024 = (await json('?indicator=urbanization&from=2010&to=2024')).years.at(-1)!;
    expect(Number(lines.at(-1)!.split(',')[5])).toBe(json2024.gini);
  });

  it('answers repeats with 304 from its ETag', async () => {
    const first = await get('?indicator=urbanization');
    const again = await get('?indicator=urbanization'.concat(''));
    expect(again.headers.get('etag')).toBe(first.headers.get('etag'));
    const conditional = await GET(routeRequest('/api/convergence?indicator=urbanization', { 'if-none-match': first.headers.get('etag')! }));
    expect(conditional.status).toBe(304);
  });

  it.each([
    ['?indicator=gdp', /indicator=gdp: gdp is a total/],
    ['?indicator=population', /population is a total/],
    ['?indicator=retail_sales', /retail_sales is a total/],
    ['?indicator=nope', /indicator must be one of: gdp_per_capita, /],
    ['?indicator=tertiary_education', /indicator=tertiary_education has a value for every province only in 2020; the measures over time need two/],
    ['?indicator=disposable_income_urban', /in no year/],
    ['?from=2024', /from=2024 must be before to=2024/],
    ['?from=2015&to=2010', /from=2015 must be before to=2010/],
    ['?from=1999', /from=1999 is outside the years of gdp_per_capita \(2000–2024\)/],
    ['?to=2030', /to=2030 is outside the years/],
    ['?from=2003', /from=2003: gdp_per_capita lacks a value for 20 provinces that year; years with every province: 2005–2024/],
    [
      '?indicator=urbanization&from=2007',
      /from=2007: urbanization lacks a value for Fujian, Tibet, Gansu that year; years with every province: 2005, 2010–2024/,
    ],
    ['?from=20O5', /from must be a four-digit year/],
    ['?to=-2020', /to must be a four-digit year/],
    ['?format=xml', /format must be "json" or "csv"/],
    ['?indicator=gdp_per_capita&indicator=urbanization', /indicator is given more than once with different values/],
  ])('%s is a 400 saying what was wrong', async (query, message) => {
    const res = await get(query);
    expect(res.status).toBe(400);
    await expectSafeResponse(res.clone(), { okType: /json/, names: /\S/ });
    expect((await res.json()).message).toMatch(message);
  });

  it('takes a repeated parameter with one value as that value', async () => {
    expect((await get('?from=2010&from=2010')).status).toBe(200);
  });
});
