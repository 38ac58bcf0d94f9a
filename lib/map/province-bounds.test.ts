import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHINA_BOUNDS, type Bounds } from './default-view';
import { PROVINCE_BOUNDS } from './province-bounds';

/** The geo build's province geometry (npm run geo:build runs before the unit tests). */
const provinces = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../geo/build/provinces.geojson'), 'utf8')) as GeoJSON.FeatureCollection;

function bboxOf(geometry: GeoJSON.Geometry): Bounds {
  const b: Bounds = [180, 90, -180, -90];
  const walk = (c: unknown): void => {
    if (typeof (c as number[])[0] === 'number') {
      const [x, y] = c as number[];
      [b[0], b[1], b[2], b[3]] = [Math.min(b[0], x), Math.min(b[1], y), Math.max(b[2], x), Math.max(b[3], y)];
    } else (c as unknown[]).forEach(walk);
  };
  walk((geometry as GeoJSON.MultiPolygon).coordinates);
  return b;
}

describe('province bounds', () => {
  it('hold each province’s geometry, at most 0.1° wider on any side', () => {
    expect(Object.keys(PROVINCE_BOUNDS).sort()).toEqual(provinces.features.map((f) => String(f.properties!.code)).sort());
    for (const f of provinces.features) {
      const [w, s, e, n] = bboxOf(f.geometry);
      const [tw, ts, te, tn] = PROVINCE_BOUNDS[String(f.properties!.code)];
      const code = String(f.properties!.code);
      expect(tw, code).toBeLessThanOrEqual(w);
      expect(ts, code).toBeLessThanOrEqual(s);
      expect(te, code).toBeGreaterThanOrEqual(e);
      expect(tn, code).toBeGreaterThanOrEqual(n);
      for (const gap of [w - tw, s - ts, te - e, tn - n]) expect(gap, code).toBeLessThanOrEqual(0.1 + 1e-9);
    }
  });

  it('make up the bounds the first view fits: all 31 provinces', () => {
    const all = Object.values(PROVINCE_BOUNDS);
    expect(CHINA_BOUNDS).toEqual([
      Math.min(...all.map((b) => b[0])),
      Math.min(...all.map((b) => b[1])),
      Math.max(...all.map((b) => b[2])),
      Math.max(...all.map((b) => b[3])),
    ]);
  });
});
