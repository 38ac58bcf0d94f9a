import { describe, expect, it } from 'vitest';
import { routeParams, routeRequest } from '@/app/api/_testing/route-request';
import { GET } from './route';

const get = (id: string, query = '') => GET(routeRequest(`/api/indicators/${id}${query}`), routeParams({ id }));

interface Value {
  code: string;
  value: number | null;
  sources: string[];
  kind: string;
  computed?: { method: string };
}

describe('GET /api/indicators/{id}', () => {
  it('gives every province and group a value or null for the year, each value with its sources', async () => {
    const res = await get('population', '?year=2024');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const body = await res.json();
    expect(body.year).toBe(2024);
    expect(body.indicator.unit_en).toBe('10,000 persons');
    expect(body.values).toHaveLength(1 + 7 + 31);
    const hubei = body.values.find((v: Value) => v.code === '420000');
    expect(hubei.value).toBeGreaterThan(5000);
    for (const v of body.values as Value[]) {
      if (v.value === null) expect(v.sources).toEqual([]);
      else for (const s of v.sources) expect(body.sources[s]?.publisher).toBeTruthy();
    }
  });

  it('marks group values as computed', async () => {
    const body = await (await get('population', '?year=2024')).json();
    const east = body.values.find((v: Value) => v.code === 'east');
    expect(east.kind).toBe('group');
    expect(east.computed.method).toBe('sum of member values');
  });

  it('defaults to the latest year with data', async () => {
    const body = await (await get('population')).json();
    expect(body.year).toBe(Math.max(...body.indicator.years_with_data));
  });

  it('serves CSV with a header block naming sources and licence', async () => {
    const res = await get('population', '?year=2024&format=csv');
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toContain('hinterland-population-2024.csv');
    const text = await res.text();
    expect(text).toMatch(/^# Population \(年末常住人口\), 10,000 persons/);
    expect(text).toContain('# Licence:');
    expect(text).toMatch(/# {3}\[[a-z0-9-]+\] NBS[^\n]* — National Bureau of Statistics/); // short label, then the full reference
    const rows = text.split('\n').filter((l) => /^\d{6},/.test(l));
    expect(rows.some((r) => r.startsWith('420000,Hubei,湖北,province,2024,'))).toBe(true);
  });

  it('marks estimated values in the CSV with their method', async () => {
    const text = await (await get('gdp_per_capita', '?year=2010&format=csv')).text();
    expect(text).toContain('values marked "estimate" were estimated by Hinterland');
    const hubei = text.split('\n').find((l) => l.startsWith('420000,'))!;
    expect(hubei).toMatch(/,"estimate: Estimate by Hinterland[^"]*average resident population/);
    const published = (await (await get('gdp_per_capita', '?year=2024&format=csv')).text()).split('\n').find((l) => l.startsWith('420000,'))!;
    expect(published).not.toContain('estimate');
  });

  it('serves the provinces with their values as GeoJSON, with unit, sources and licence', async () => {
    const res = await get('gdp_per_capita', '?year=2024&format=geojson');
    expect(res.headers.get('content-type')).toBe('application/geo+json; charset=utf-8');
    expect(res.headers.get('content-disposition')).toContain('hinterland-gdp_per_capita-2024.geojson');
    const fc = await res.json();
    expect(fc.features).toHaveLength(31);
    const hubei = fc.features.find((f: { properties: { code: string } }) => f.properties.code === '420000');
    expect(hubei.properties).toMatchObject({ value: 102832, unit: 'yuan', year: 2024 });
    expect(Object.keys(fc.metadata.sources).length).toBeGreaterThan(0);
    expect(fc.metadata.licence).toMatch(/Natural Earth/);
  });

  it.each([
    ['?year=1990', /year must be between 2000 and 2024/],
    ['?year=20x4', /four-digit year/],
    ['?format=xml', /format must be "json", "csv" or "geojson"/],
  ])('rejects %s with a 400 that says what was wrong', async (query, message) => {
    const res = await get('population', query);
    expect(res.status).toBe(400);
    expect((await res.json()).message).toMatch(message);
  });

  it('answers 404 for an unknown indicator', async () => {
    const res = await get('gdp_per_cat');
    expect(res.status).toBe(404);
    expect((await res.json()).message).toContain('gdp_per_capita');
  });
});
