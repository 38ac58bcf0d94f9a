import { describe, expect, it } from 'vitest';
import { MercatorCoordinate } from 'maplibre-gl';
import { CHINA_BOUNDS } from './default-view';
import { cameraTransform, linePath, mercator, polygonPath, projectedBounds, SVG_WORLD, viewBoxOf } from './svg-choropleth';

/** Applies an SVG transform list of rotate/scale/translate to a point, as the browser does (right to left). */
function applyTransform(transform: string, [x, y]: [number, number]): [number, number] {
  const ops = [...transform.matchAll(/(\w+)\(([^)]*)\)/g)].map(([, op, args]) => [op, args.split(/[ ,]+/).map(Number)] as const);
  return ops.reduceRight<[number, number]>(
    ([px, py], [op, a]) => {
      if (op === 'translate') return [px + a[0], py + (a[1] ?? 0)];
      if (op === 'scale') return [px * a[0], py * (a[1] ?? a[0])];
      const r = (a[0] * Math.PI) / 180;
      return [px * Math.cos(r) - py * Math.sin(r), px * Math.sin(r) + py * Math.cos(r)];
    },
    [x, y],
  );
}

describe('mercator', () => {
  it('projects as MapLibre does (MercatorCoordinate), scaled to SVG units', () => {
    for (const p of [
      [114.3, 30.6],
      [73.6, 53.6],
      [134.8, 15.7],
      [0, 0],
    ] as const) {
      const m = MercatorCoordinate.fromLngLat([p[0], p[1]]);
      const [x, y] = mercator(p);
      expect(x).toBeCloseTo(m.x * SVG_WORLD, 6);
      expect(y).toBeCloseTo(m.y * SVG_WORLD, 6);
    }
  });
});

describe('projectedBounds', () => {
  it('is the rectangle between the projected north-west and south-east corners that fitBounds fits', () => {
    const [w, s, e, n] = CHINA_BOUNDS;
    const nw = MercatorCoordinate.fromLngLat([w, n]);
    const se = MercatorCoordinate.fromLngLat([e, s]);
    const box = projectedBounds(CHINA_BOUNDS);
    expect(box.x).toBeCloseTo(nw.x * SVG_WORLD, 6);
    expect(box.y).toBeCloseTo(nw.y * SVG_WORLD, 6);
    expect(box.width).toBeCloseTo((se.x - nw.x) * SVG_WORLD, 6);
    expect(box.height).toBeCloseTo((se.y - nw.y) * SVG_WORLD, 6);
    // Mercator stretches the north: China is taller on the map than its 38° of latitude against 61° of longitude suggest.
    expect(box.height / box.width).toBeGreaterThan(38 / 61);
    expect(viewBoxOf(box).split(' ').map(Number)).toEqual([box.x, box.y, box.width, box.height].map((v) => Math.round(v * 100) / 100));
  });
});

describe('cameraTransform', () => {
  it('puts the centre at the origin and any point where MapLibre draws it, in CSS pixels from the centre', () => {
    const camera = { lng: 112.3, lat: 30.9, zoom: 5.25 };
    const world = 512 * 2 ** camera.zoom;
    const centre = MercatorCoordinate.fromLngLat([camera.lng, camera.lat]);
    expect(applyTransform(cameraTransform(camera), mercator([camera.lng, camera.lat])).map((v) => Math.abs(v))).toEqual([
      expect.closeTo(0, 2),
      expect.closeTo(0, 2),
    ]);
    const wuhan = MercatorCoordinate.fromLngLat([114.3, 30.6]);
    const [x, y] = applyTransform(cameraTransform(camera), mercator([114.3, 30.6]));
    expect(x).toBeCloseTo((wuhan.x - centre.x) * world, 1);
    expect(y).toBeCloseTo((wuhan.y - centre.y) * world, 1);
  });

  it('turns the map by its bearing (clockwise bearing turns the ground anticlockwise)', () => {
    const camera = { lng: 112.3, lat: 30.9, zoom: 4, bearing: 90 };
    // A point due east of the centre ends up above it.
    const [x, y] = applyTransform(cameraTransform(camera), mercator([114.3, 30.9]));
    expect(Math.abs(x)).toBeLessThan(0.01);
    expect(y).toBeLessThan(0);
  });
});

describe('polygonPath and linePath', () => {
  const origin = mercator([100, 30]).map(Math.round);
  it('moves to the first position, then draws whole-unit relative lines, dropping repeats, and closes each ring', () => {
    const step = 360 / SVG_WORLD; // one unit of longitude
    const ring = [
      [100, 30],
      [100 + 10 * step, 30],
      [100 + 10 * step, 30],
      [100 + 10 * step, 29.9],
      [100, 30],
    ];
    const d = polygonPath([[ring]]);
    const [, start, lines] = d.match(/^M([^l]+)l(.+)z$/)!;
    expect(start.split(' ').map(Number)).toEqual(origin);
    const deltas = lines.match(/-?\d+/g)!.map(Number);
    expect(deltas.slice(0, 2)).toEqual([10, 0]);
    expect(deltas).toHaveLength(6);
    expect(deltas.filter((_, i) => i % 2 === 0).reduce((a, b) => a + b)).toBe(0);
    expect(deltas.filter((_, i) => i % 2 === 1).reduce((a, b) => a + b)).toBe(0);
    // No separator before a minus sign.
    expect(lines).not.toMatch(/ -/);
  });

  it('leaves out a ring smaller than a unit, and does not close a line', () => {
    const tiny = [
      [100, 30],
      [100.00001, 30],
      [100, 30.00001],
      [100, 30],
    ];
    expect(polygonPath([[tiny]])).toBe('');
    expect(
      linePath([
        [100, 30],
        [101, 31],
      ]),
    ).toMatch(/^M\d+ \d+l\d+-\d+$/);
  });
});
