import { describe, expect, it } from 'vitest';
import { writeArrayBuffer } from 'geotiff';
import { gridFromRaster, readChinaWindow } from './viirs-to-grid';

/**
 * A tiny synthetic composite: 0.05° pixels over 100–120° E, 22–42° N, dark everywhere except a
 * bright 0.5° block on Wuhan (Hubei) and a dimmer one on Chengdu (Sichuan).
 */
function syntheticTiff(): ArrayBuffer {
  const res = 0.05;
  const west = 100;
  const north = 42;
  const width = 400;
  const height = 400;
  const values = new Float32Array(width * height);
  const block = (lng: number, lat: number, v: number) => {
    for (let y = Math.floor((north - lat - 0.25) / res); y < (north - lat + 0.25) / res; y++) {
      for (let x = Math.floor((lng - 0.25 - west) / res); x < (lng + 0.25 - west) / res; x++) values[y * width + x] = v;
    }
  };
  block(114.3, 30.6, 60);
  block(104.1, 30.7, 20);
  values[0] = -1; // a negative pixel, as masked composites contain: must be skipped
  return writeArrayBuffer(values, {
    width,
    height,
    ModelPixelScale: [res, res, 0],
    ModelTiepoint: [0, 0, 0, west, north, 0],
    GeographicTypeGeoKey: 4326,
    GTModelTypeGeoKey: 2,
    GTRasterTypeGeoKey: 1,
  } as never);
}

describe('VIIRS GeoTIFF → nightlight grid', () => {
  it('reads the China window of a GeoTIFF', async () => {
    const raster = await readChinaWindow(syntheticTiff());
    expect(raster.west).toBeCloseTo(100, 5);
    expect(raster.north).toBeCloseTo(42, 5);
    expect(raster.resX).toBeCloseTo(0.05, 5);
    expect(raster.width).toBe(400);
  });

  it('aggregates radiance to cells and provinces, and reports Gini at both scales', async () => {
    const grid = gridFromRaster(await readChinaWindow(syntheticTiff()), 2022);
    expect(grid.kind).toBe('viirs');
    expect(grid.years).toEqual([2022]);
    const hubei = grid.provinces['420000'].mean[0];
    const sichuan = grid.provinces['510000'].mean[0];
    expect(hubei).toBeGreaterThan(0);
    expect(sichuan).toBeGreaterThan(0);
    expect(grid.provinces['540000'].mean[0]).toBe(0); // Tibet lies outside the raster: dark
    const brightest = Math.max(...grid.cells.map((c) => c.values[0]));
    expect(brightest).toBeGreaterThan(30);
    expect(brightest).toBeLessThanOrEqual(60);
    const [g] = grid.inequality;
    expect(g.gini_grid).toBeGreaterThan(g.gini_province);
  });
});
