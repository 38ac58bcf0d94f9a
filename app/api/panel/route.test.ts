import { describe, expect, it } from 'vitest';
import { routeParams, routeRequest } from '@/app/api/_testing/route-request';
import type { Catalogue, IndicatorYear, ValuesPanel } from '@/lib/indicators/api-types';
import { panelRegionSeries } from '@/lib/indicators/panel';
import { GET } from './route';
import { GET as getIndicator } from '../indicators/[id]/route';
import { GET as getCatalogue } from '../indicators/route';
import { GET as getVersioned } from './v/[version]/route';
import { GET as getRegion } from '../regions/[code]/route';

const panel = async (): Promise<ValuesPanel> => (await GET(routeRequest('/api/panel'))).json();

async function indicatorYear(id: string, year: number): Promise<IndicatorYear> {
  const response = await getIndicator(routeRequest(`/api/indicators/${id}?year=${year}`), { params: Promise.resolve({ id }) });
  return response.json();
}

describe('GET /api/panel', () => {
  it('holds, for every indicator, year and place, what the indicator API serves', async () => {
    const body = await panel();
    expect(body.places).toEqual(expect.arrayContaining(['100000', 'coastal', 'inland', '420000', '650000']));
    for (const [id, year] of [
      ['gdp_per_capita', 2024],
      ['urbanization', 2008],
      ['tertiary_education', 2010],
      ['disposable_income', 2013],
    ] as const) {
      const served = await indicatorYear(id, year);
      const p = body.indicators[id];
      const y = p.years.indexOf(year);
      for (const v of served.values) {
        const col = body.places.indexOf(v.code);
        expect(p.values[y][col], `${id} ${year} ${v.code}`).toBe(v.value);
        const isEstimate = p.estimates.some(([ey, ep]) => ey === y && ep === col);
        expect(isEstimate, `${id} ${year} ${v.code} estimate`).toBe(v.estimate !== undefined);
        expect(v.value === null ? [] : p.source_sets[p.sources[y][col]]).toEqual(v.sources);
      }
    }
  });

  it('holds every place’s series and ranks exactly as the regions API serves them: the panel draws a click’s charts with no request', async () => {
    const [body, catalogue] = await Promise.all([panel(), getCatalogue(routeRequest('/api/indicators')).then((r) => r.json() as Promise<Catalogue>)]);
    const ids = catalogue.indicators.map((i) => i.id);
    for (const code of ['420000', '650000', '100000', 'coastal', 'central']) {
      const served = await (await getRegion(routeRequest(`/api/regions/${code}`), routeParams({ code }))).json();
      const region = catalogue.regions.find((r) => r.code === code)!;
      expect(panelRegionSeries(body, ids, catalogue.regions, region), code).toEqual(served);
    }
  });

  it('leaves gaps as gaps and cites every source it names', async () => {
    const body = await panel();
    const income = body.indicators.disposable_income;
    expect(income.years[0]).toBe(2013);
    const education = body.indicators.tertiary_education;
    const year2005 = education.years.indexOf(2005);
    const hubei = body.places.indexOf('420000');
    expect(education.values[year2005][hubei]).toBeNull();
    expect(education.sources[year2005][hubei]).toBe(-1);
    for (const p of Object.values(body.indicators)) for (const id of p.source_sets.flat()) expect(body.citations[id], id).toBeDefined();
  });

  it('is public, cacheable and answers If-None-Match with 304', async () => {
    const first = await GET(routeRequest('/api/panel'));
    expect(first.headers.get('cache-control')).toMatch(/public/);
    const etag = first.headers.get('etag')!;
    const again = await GET(routeRequest('/api/panel', { 'if-none-match': etag }));
    expect(again.status).toBe(304);
  });
});

describe('GET /api/panel/v/{version}', () => {
  const versioned = (version: string, headers: Record<string, string> = {}) =>
    getVersioned(routeRequest(`/api/panel/v/${version}`, headers), routeParams({ version }));

  it('is where the catalogue points: the same bytes as /api/panel, kept for a year', async () => {
    const { panel: url } = await (await getCatalogue(routeRequest('/api/indicators'))).json();
    expect(url).toMatch(/^\/api\/panel\/v\/[\w-]{22}$/);
    const res = await versioned(url.split('/').at(-1)!, { 'accept-encoding': 'br' });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('etag')).toBe((await GET(routeRequest('/api/panel', { 'accept-encoding': 'br' }))).headers.get('etag'));
  });

  it.each(['0123456789abcdefghijkl', 'latest', '..%2F..%2Fetc'])('answers the version %s with a JSON 404', async (version) => {
    const res = await versioned(version);
    expect(res.status).toBe(404);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toMatchObject({ error: 'not_found' });
  });
});
