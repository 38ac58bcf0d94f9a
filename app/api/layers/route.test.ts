import { describe, expect, it } from 'vitest';
import { GET } from './route';

describe('GET /api/layers', () => {
  it('lists the registry with source, licence and whether each layer is modeled', async () => {
    const res = await GET();
    const { layers } = await res.json();
    const provinces = layers.find((l: { id: string }) => l.id === 'provinces');
    expect(provinces).toMatchObject({ geometryType: 'MultiPolygon', temporal: false, modeled: false, url: '/api/layers/provinces' });
    expect(provinces.licence).toMatch(/public domain/i);
  });
});
