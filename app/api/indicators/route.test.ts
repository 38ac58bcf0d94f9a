import { describe, expect, it } from 'vitest';
import { routeRequest } from '@/app/api/_testing/route-request';
import { GET } from './route';
import { GET as getPanel } from '../panel/route';

describe('GET /api/indicators', () => {
  it('lists the catalogue with units, Chinese labels, coverage and the sources used', async () => {
    const body = await (await GET(routeRequest('/api/indicators'))).json();
    // The citation records live once, in the values panel the catalogue names (the page fetches it when idle).
    expect(body.citations).toBeUndefined();
    const { citations } = await (await getPanel(routeRequest('/api/panel'))).json();
    const ids = body.indicators.map((i: { id: string }) => i.id);
    expect(ids).toEqual(expect.arrayContaining(['gdp_per_capita', 'gdp', 'population', 'urbanization', 'disposable_income', 'tertiary_education']));
    for (const i of body.indicators) {
      expect(i.unit_en).toBeTruthy();
      expect(i.label_zh).toBeTruthy();
      for (const s of i.sources) expect(citations[s]).toMatchObject({ short_en: expect.any(String), short_zh: expect.any(String) });
    }
    const population = body.indicators.find((i: { id: string }) => i.id === 'population');
    expect(population.coverage.province_values).toBeGreaterThan(0);
    // Counted over the years promised for every province: urbanization from 2005 (Fujian, Tibet, Gansu 2006-2009 are gaps).
    const urbanization = body.indicators.find((i: { id: string }) => i.id === 'urbanization');
    expect(urbanization.coverage).toMatchObject({ province_years_expected: 31 * 20, province_values: 31 * 20 - 12 });
    const gdppc = body.indicators.find((i: { id: string }) => i.id === 'gdp_per_capita');
    expect(gdppc.coverage.province_values + gdppc.coverage.province_estimates).toBeLessThanOrEqual(gdppc.coverage.province_years_expected);
    expect(population.group_method).toBe('sum of member values');
    expect(body.regions.map((r: { code: string }) => r.code)).toEqual(expect.arrayContaining(['100000', 'east', 'coastal', '420000']));
    const lights = body.indicators.find((i: { id: string }) => i.id === 'nightlight_mean');
    expect(lights.modeled).toMatch(/not satellite data/);
    expect(lights.coverage.province_estimates).toBeGreaterThan(0); // modeled values are marked, never counted as published
  });
});
