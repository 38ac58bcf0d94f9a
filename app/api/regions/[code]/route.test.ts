import { describe, expect, it } from 'vitest';
import { routeParams, routeRequest } from '@/app/api/_testing/route-request';
import { GET } from './route';

const get = (code: string, query = '') => GET(routeRequest(`/api/regions/${code}${query}`), routeParams({ code }));

describe('GET /api/regions/{code}', () => {
  it('returns a province with every indicator series and their sources', async () => {
    const body = await (await get('420000')).json();
    expect(body).toMatchObject({ code: '420000', name_en: 'Hubei', name_zh: '湖北', kind: 'province' });
    expect(Object.keys(body.series)).toEqual(expect.arrayContaining(['gdp_per_capita', 'population', 'urbanization']));
    expect(body.series.population.length).toBeGreaterThan(10);
    for (const obs of Object.values(body.series) as Array<Array<{ sources: string[] }>>) {
      for (const o of obs) for (const s of o.sources) expect(body.sources[s]).toBeDefined();
    }
  });

  it('ranks a province among the 31 for each year', async () => {
    const body = await (await get('420000')).json();
    const r2024 = body.ranks.gdp_per_capita.find((r: { year: number }) => r.year === 2024);
    expect(r2024.of).toBe(31);
    expect(r2024.rank).toBeGreaterThanOrEqual(1);
    expect(r2024.rank).toBeLessThanOrEqual(31);
    const beijing = await (await get('110000')).json();
    expect(beijing.ranks.gdp_per_capita.find((r: { year: number }) => r.year === 2024).rank).toBe(1);
    // A ranking that rests on estimated values says so; one on published values does not.
    expect(r2024.estimate).toBeUndefined();
    expect(body.ranks.gdp_per_capita.find((r: { year: number }) => r.year === 2010).estimate).toBe(true);
    expect(body.ranks.population.find((r: { year: number }) => r.year === 2010).estimate).toBeUndefined();
  });

  it('serves every indicator of a place by year as CSV, with sources, licence and estimates marked', async () => {
    const res = await get('420000', '?format=csv');
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toContain('hinterland-region-420000.csv');
    const text = await res.text();
    expect(text).toMatch(/^# Hubei \(湖北\), code 420000: every indicator by year/);
    expect(text).toContain('# Licence:');
    const lines = text.split('\n');
    expect(lines).toContain('indicator,label_en,year,value,unit,sources,note');
    expect(lines.find((l) => l.startsWith('gdp_per_capita,GDP per capita,2024,'))).toMatch(/^gdp_per_capita,GDP per capita,2024,102832,yuan,/);
    expect(lines.find((l) => l.startsWith('gdp_per_capita,GDP per capita,2010,'))).toContain('"estimate: ');
  });

  it('refuses an unknown format with a JSON 400 that names it', async () => {
    const res = await get('420000', '?format=xml');
    expect(res.status).toBe(400);
    expect((await res.json()).message).toMatch(/format must be "json" or "csv"/);
  });

  it('returns a group with its members and computed values', async () => {
    const body = await (await get('northeast')).json();
    expect(body.kind).toBe('group');
    expect(body.members).toEqual(['210000', '220000', '230000']);
    expect(body.series.population.every((o: { computed?: unknown }) => o.computed)).toBe(true);
  });

  it('returns China with the published national figures, not computed ones', async () => {
    const body = await (await get('100000')).json();
    expect(body.name_en).toBe('China');
    expect(body.series.population.find((o: { year: number }) => o.year === 2024)).toMatchObject({ value: 140828 });
    expect(body.series.population.some((o: { computed?: unknown }) => o.computed)).toBe(false);
  });

  it.each(['999999', 'hubei', '..%2F', ''])('answers 404 for %j', async (code) => {
    expect((await get(code)).status).toBe(404);
  });
});
