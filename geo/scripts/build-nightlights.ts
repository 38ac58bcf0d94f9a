/**
 * The modeled nightlight proxy: a 0.5° brightness grid for every year with GDP per capita for all
 * provinces, its per-province aggregates (added to the indicator dataset as modeled series), the
 * grid- vs province-level Gini, and a vector tile pack of the grid (one property per year).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Feature, Polygon } from 'geojson';
import { cellRing, GRID } from '../../lib/nightlights/grid';
import { MODEL, NIGHTLIGHT_METHOD, populationField } from '../../lib/nightlights/model';
import { sig3, summarise } from '../../lib/nightlights/aggregate';
import type { NightlightGrid } from '../../lib/nightlights/schema';
import { CHINA_CODE, type Dataset } from '../../lib/indicators/schema';
import { PROVINCE_CODES } from '../../lib/regions/provinces';
import { NIGHTLIGHTS } from '../../lib/tiles/nightlights-tileset';
import { chinesePlaces } from './geonames';
import { samplesInChina } from './nightlight-samples';
import type { ProvinceBuild } from './build-provinces';
import { BUILD_DIR } from './paths';
import { writeTilePack } from './write-tile-pack';

export const NIGHTLIGHT_CITATION = {
  id: 'hinterland-nightlight-model',
  short_en: 'Hinterland, modeled nightlight proxy (GeoNames places × provincial GDP per capita)',
  short_zh: 'Hinterland 模型夜间灯光代理（GeoNames 居民点 × 分省人均地区生产总值）',
  publisher: 'Hinterland (modeled)',
  title: 'Modeled nightlight proxy from GeoNames populated places and provincial GDP per capita',
  table: '',
  edition: `σ = ${MODEL.sigmaKm} km; income elasticity ${MODEL.incomeElasticity}; 0.5° grid`,
  url: '',
  licence: 'CC BY 4.0 (Hinterland); inputs GeoNames (CC BY 4.0) and NBS statistics',
  via: NIGHTLIGHT_METHOD,
};

export function buildNightlights(provinces: ProvinceBuild, dataset: Dataset): NightlightGrid {
  const step = GRID.cellDeg / GRID.samplesPerSide;
  const samples = samplesInChina(provinces, step);
  const places = chinesePlaces()
    .filter((c) => c.population > 0)
    .map((c) => ({ lng: c.loc.coordinates[0], lat: c.loc.coordinates[1], population: c.population }));
  const origin: [number, number] = [GRID.west + step / 2, GRID.south + step / 2];
  const cols = Math.round((GRID.east - GRID.west) / step);
  const field = populationField(
    samples.map((s) => [s.lng, s.lat] as const),
    places,
    step,
    origin,
    cols,
  );

  const value = (id: string, code: string, year: number) => dataset.series[id]?.[code]?.find((o) => o.year === year)?.value;
  const reference = value('gdp_per_capita', CHINA_CODE, 2024);
  if (!reference) throw new Error('nightlights: China 2024 GDP per capita is missing');
  const years: number[] = [];
  for (let y = 2000; y <= 2024; y++) if (PROVINCE_CODES.every((c) => value('gdp_per_capita', c, y) !== undefined)) years.push(y);

  const cellValues = new Map<number, number[]>();
  const cellProvince = new Map<number, Map<string, number>>();
  for (const s of samples) {
    const counts = cellProvince.get(s.cell) ?? new Map<string, number>();
    counts.set(s.province, (counts.get(s.province) ?? 0) + 1);
    cellProvince.set(s.cell, counts);
  }
  const provinceSeries: NightlightGrid['provinces'] = Object.fromEntries(PROVINCE_CODES.map((c) => [c, { mean: [], per_capita: [] }]));
  const inequality: NightlightGrid['inequality'] = [];
  for (const year of years) {
    const multiplier = new Map(PROVINCE_CODES.map((c) => [c, (value('gdp_per_capita', c, year)! / reference) ** MODEL.incomeElasticity]));
    const summary = summarise(samples, (i) => field[i] * multiplier.get(samples[i].province)!);
    for (const [id, b] of summary.cells) cellValues.set(id, [...(cellValues.get(id) ?? []), sig3(b)]);
    for (const code of PROVINCE_CODES) {
      const p = summary.provinces.get(code)!;
      const population = value('population', code, year);
      provinceSeries[code].mean.push(sig3(p.mean));
      provinceSeries[code].per_capita.push(population ? sig3(p.total / (population * 1e4)) : null);
    }
    inequality.push({ year, gini_grid: Math.round(summary.gini_grid * 1000) / 1000, gini_province: Math.round(summary.gini_province * 1000) / 1000 });
  }
  const majority = (id: number) => [...cellProvince.get(id)!].sort((a, b) => b[1] - a[1])[0][0];
  const grid: NightlightGrid = {
    kind: 'modeled',
    method: NIGHTLIGHT_METHOD,
    cellDeg: GRID.cellDeg,
    years,
    cells: [...cellValues].map(([id, values]) => ({ id, province: majority(id), values })),
    provinces: provinceSeries,
    inequality,
  };
  fs.mkdirSync(BUILD_DIR, { recursive: true });
  fs.writeFileSync(path.join(BUILD_DIR, 'nightlights.json'), JSON.stringify(grid));
  writeNightlightTiles(grid);
  addNightlightIndicators(dataset, grid);
  return grid;
}

function cellFeature(cell: NightlightGrid['cells'][number], properties: Record<string, unknown>): Feature<Polygon> {
  return { type: 'Feature', id: cell.id, properties, geometry: { type: 'Polygon', coordinates: [cellRing(cell.id)] } };
}

function writeNightlightTiles(grid: NightlightGrid) {
  const features = grid.cells.map((c) =>
    cellFeature(c, { id: c.id, province: c.province, ...Object.fromEntries(grid.years.map((y, i) => [`b${y}`, c.values[i]])) }),
  );
  const info = {
    ...NIGHTLIGHTS.layers[0],
    fields: { ...NIGHTLIGHTS.layers[0].fields, ...Object.fromEntries(grid.years.map((y) => [`b${y}`, `Number (brightness index, ${y})`])) },
  };
  writeTilePack({ ...NIGHTLIGHTS.tileset, dir: BUILD_DIR, layers: [{ info, data: { type: 'FeatureCollection', features } }] });
}

/** Province aggregates become two modeled indicators, so the east–west brightness gap can be charted. */
function addNightlightIndicators(dataset: Dataset, grid: NightlightGrid) {
  dataset.citations[NIGHTLIGHT_CITATION.id] = NIGHTLIGHT_CITATION;
  for (const [id, key] of [
    ['nightlight_mean', 'mean'],
    ['nightlight_per_capita', 'per_capita'],
  ] as const) {
    if (!dataset.indicators.some((i) => i.id === id)) throw new Error(`nightlights: indicator ${id} missing from geo/sources/indicators.json`);
    dataset.series[id] = Object.fromEntries(
      Object.entries(grid.provinces).map(([code, s]) => [
        code,
        grid.years.flatMap((year, i) => {
          const v = s[key][i];
          return v === null ? [] : [{ year, value: v, sources: [NIGHTLIGHT_CITATION.id], estimate: { method: grid.method } }];
        }),
      ]),
    );
  }
}
