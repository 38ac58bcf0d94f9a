import { describe, expect, it } from 'vitest';
import { area, bbox, booleanClockwise, booleanPointInPolygon } from '@turf/turf';
import type { Feature, MultiPolygon } from 'geojson';
import { buildProvinces } from './build-provinces';
import { PROVINCE_TILES } from '../../lib/tiles/provinces-tileset';

const build = buildProvinces();
const byCode = (code: string) => build.provinces.features.find((f) => f.properties?.code === code) as Feature<MultiPolygon>;
const vertices = (f: Feature<MultiPolygon>) => new Set(f.geometry.coordinates.flat(2).map((p) => p.join(',')));

describe('province build', () => {
  it('yields the 31 provinces, the Paracels merged into Hainan', () => {
    expect(build.provinces.features).toHaveLength(31);
    expect(byCode('460000').geometry.coordinates.length).toBeGreaterThan(1);
  });

  it('keeps shared borders shared after simplification (no gaps between neighbours)', () => {
    const shared = (a: string, b: string) => [...vertices(byCode(a))].filter((v) => vertices(byCode(b)).has(v)).length;
    expect(shared('420000', '410000')).toBeGreaterThan(10); // Hubei–Henan
    expect(shared('110000', '130000')).toBeGreaterThan(10); // Beijing–Hebei
    expect(shared('500000', '510000')).toBeGreaterThan(10); // Chongqing–Sichuan
  });

  it('writes RFC 7946 polygons: counter-clockwise shells, at most 6 decimals', () => {
    for (const f of build.provinces.features) {
      for (const poly of f.geometry.coordinates) expect(booleanClockwise(poly[0])).toBe(false);
      for (const [x, y] of f.geometry.coordinates.flat(2)) {
        expect(Math.round(x * 1e6) / 1e6).toBe(x);
        expect(Math.round(y * 1e6) / 1e6).toBe(y);
      }
    }
  });

  it('has plausible areas (Xinjiang ≈ 1.66 million km², Beijing ≈ 16,400 km²)', () => {
    expect(area(byCode('650000')) / 1e6).toBeGreaterThan(1.5e6);
    expect(area(byCode('650000')) / 1e6).toBeLessThan(1.8e6);
    expect(area(byCode('110000')) / 1e6).toBeGreaterThan(14000);
    expect(area(byCode('110000')) / 1e6).toBeLessThan(19000);
  });

  it('fits every province inside the tileset bounds, so no island is left out of the map tiles', () => {
    const [west, south, east, north] = PROVINCE_TILES.tileset.bounds;
    for (const f of build.provinces.features) {
      const [x0, y0, x1, y1] = bbox(f);
      expect([x0 >= west, y0 >= south, x1 <= east, y1 <= north], f.properties?.code).toEqual([true, true, true, true]);
    }
  });

  it('places every label inside its own province', () => {
    for (const label of build.labels.features) {
      expect(booleanPointInPolygon(label, byCode(label.properties!.code)), label.properties!.name_en).toBe(true);
    }
  });
});
