import { describe, expect, it } from 'vitest';
import { routeRequest } from '@/app/api/_testing/route-request';
import { GET } from './route';

describe('GET /api/convergence', () => {
  it('shows GDP per capita spread and the coastal/inland ratio year by year', async () => {
    const body = await (await GET(routeRequest('/api/convergence'))).json();
    expect(body.indicator.id).toBe('gdp_per_capita');
    expect(body.method).toMatch(/Coefficient of variation/);
    const p2024 = body.points.find((p: { year: number }) => p.year === 2024);
    expect(p2024.cv).toBeGreaterThan(0.2);
    expect(p2024.cv).toBeLessThan(1);
    expect(p2024.coastal_inland_ratio).toBeGreaterThan(1); // the coast is still richer
  });

  it('refuses totals and unknown indicators', async () => {
    expect((await GET(routeRequest('/api/convergence?indicator=gdp'))).status).toBe(400);
    expect((await GET(routeRequest('/api/convergence?indicator=nope'))).status).toBe(404);
  });
});
