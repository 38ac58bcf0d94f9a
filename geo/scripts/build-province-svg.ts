/**
 * The provinces as SVG path data for the server-drawn first map (lib/map/svg-choropleth.ts): the
 * same Natural Earth topology as the map's layer, simplified further (the first map is seen for a
 * second, at most a few hundred pixels across) and projected to whole Web Mercator units, so the
 * page carries all 31 provinces in a few kilobytes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { merge } from 'topojson-client';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import { rewind } from '@turf/turf';
import type { MultiPolygon } from 'geojson';
import { PROVINCES } from '../../lib/regions/provinces';
import { polygonPath } from '../../lib/map/svg-choropleth';
import type { ProvinceSvgBuild } from '../../lib/map/first-map-schema';
import { NE_NAME_TO_CODE, readDatamapsTopology } from './build-provinces';
import { BUILD_DIR } from './paths';

/** The quantile of vertex weights kept as the threshold (topojson-simplify): about the heaviest 10% of vertices stay (the map's layer: 35%). */
const SVG_SIMPLIFY_QUANTILE = 0.1;

export function buildProvinceSvg(dropped = SVG_SIMPLIFY_QUANTILE): ProvinceSvgBuild {
  const weighted = presimplify(readDatamapsTopology() as never);
  const topo = simplify(weighted, quantile(weighted, dropped));
  const geometries = (topo.objects.chn as unknown as { geometries: Array<{ properties?: { name?: string } }> }).geometries;
  const mergedPath = (parts: typeof geometries) => polygonPath((rewind(merge(topo as never, parts as never)) as MultiPolygon).coordinates);
  const paths: Record<string, string> = {};
  for (const p of PROVINCES) {
    const parts = geometries.filter((g) => NE_NAME_TO_CODE[g.properties?.name ?? ''] === p.code);
    if (parts.length === 0) throw new Error(`province svg: no geometry for ${p.name_en} (${p.code})`);
    paths[p.code] = mergedPath(parts);
  }
  return { paths, land: mergedPath(geometries) };
}

export function writeProvinceSvg(build: ProvinceSvgBuild): number {
  const body = JSON.stringify(build);
  fs.writeFileSync(path.join(BUILD_DIR, 'province-svg.json'), body);
  return body.length;
}
