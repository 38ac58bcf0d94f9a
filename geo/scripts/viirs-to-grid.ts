/**
 * Brings real satellite data in: turns a VIIRS (or DMSP) annual night-lights composite GeoTIFF in
 * EPSG:4326 into the same 0.5° grid, provincial means and grid/province Gini as the modeled proxy.
 *
 *   npm run nightlights:viirs -- path/to/VNL_v2_npp_2022_global_vcmslcfg_c202303062300.average_masked.tif --year 2022
 *       [--out geo/build/nightlights-viirs.json]
 *
 * Only the window over China is read. Negative, non-finite and no-data pixels are skipped.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fromArrayBuffer } from 'geotiff';
import { GRID } from '../../lib/nightlights/grid';
import { sampleRaster, type LatLngRaster } from '../../lib/nightlights/raster';
import { sig3, summarise } from '../../lib/nightlights/aggregate';
import type { NightlightGrid } from '../../lib/nightlights/schema';
import { buildProvinces } from './build-provinces';
import { samplesInChina } from './nightlight-samples';
import { BUILD_DIR } from './paths';

/** Reads the China window of a GeoTIFF as a lat/lng raster. */
export async function readChinaWindow(bytes: ArrayBuffer): Promise<LatLngRaster> {
  const tiff = await fromArrayBuffer(bytes);
  const image = await tiff.getImage();
  const [west, south, east, north] = image.getBoundingBox();
  const [resX, resYSigned] = image.getResolution();
  const resY = Math.abs(resYSigned);
  const x0 = Math.max(0, Math.floor((GRID.west - west) / resX));
  const x1 = Math.min(image.getWidth(), Math.ceil((GRID.east - west) / resX));
  const y0 = Math.max(0, Math.floor((north - GRID.north) / resY));
  const y1 = Math.min(image.getHeight(), Math.ceil((north - GRID.south) / resY));
  if (x1 <= x0 || y1 <= y0 || east < GRID.west || south > GRID.north) throw new Error('the GeoTIFF does not cover China (73–135.5° E, 18–54° N)');
  const [band] = (await image.readRasters({ window: [x0, y0, x1, y1] })) as unknown as ArrayLike<number>[];
  const noData = image.getGDALNoData();
  return { west: west + x0 * resX, north: north - y0 * resY, resX, resY, width: x1 - x0, height: y1 - y0, data: band, noData };
}

export function gridFromRaster(raster: LatLngRaster, year: number): NightlightGrid {
  const step = GRID.cellDeg / GRID.samplesPerSide;
  const provinces = buildProvinces();
  const samples = samplesInChina(provinces, step);
  const radiance = sampleRaster(raster, samples, step);
  const s = summarise(samples, (i) => radiance[i]);
  return {
    kind: 'viirs',
    method: 'Mean radiance of the composite’s valid pixels in each 0.1° sample, averaged over 0.5° cells; provincial means weighted by sample area.',
    cellDeg: GRID.cellDeg,
    years: [year],
    cells: [...s.cells].map(([id, v]) => ({ id, province: samples.find((x) => x.cell === id)!.province, values: [sig3(v)] })),
    provinces: Object.fromEntries([...s.provinces].map(([code, p]) => [code, { mean: [sig3(p.mean)], per_capita: [null] }])),
    inequality: [{ year, gini_grid: Math.round(s.gini_grid * 1000) / 1000, gini_province: Math.round(s.gini_province * 1000) / 1000 }],
  };
}

async function main(argv: string[]) {
  const file = argv.find((a) => !a.startsWith('--'));
  const year = Number(argv[argv.indexOf('--year') + 1]);
  const out = argv.includes('--out') ? argv[argv.indexOf('--out') + 1] : path.join(BUILD_DIR, 'nightlights-viirs.json');
  if (!file || !argv.includes('--year') || !Number.isInteger(year)) {
    console.error('usage: npm run nightlights:viirs -- <composite.tif> --year <YYYY> [--out file.json]');
    process.exit(2);
  }
  const bytes = fs.readFileSync(file);
  const grid = gridFromRaster(await readChinaWindow(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)), year);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify(grid));
  const [g] = grid.inequality;
  console.log(`${grid.cells.length} cells; Gini ${year}: grid ${g.gini_grid}, provinces ${g.gini_province}; written to ${out}`);
}

if (process.argv[1]?.endsWith('viirs-to-grid.ts')) {
  main(process.argv.slice(2)).catch((err: Error) => {
    console.error(`viirs: ${err.message}`);
    process.exit(1);
  });
}
