/** Slices GeoJSON layers into vector tiles with geojson-vt and writes them as a tile pack. */
import crypto from 'node:crypto';
import fs from 'node:fs';
import zlib from 'node:zlib';
import type { FeatureCollection } from 'geojson';
import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import { tileKey, tilesInBounds, type Bounds } from '../../lib/tiles/tile-math';
import path from 'node:path';
import { tilePackFiles, type TilePackIndex, type VectorLayerInfo } from '../../lib/tiles/tile-pack';

export interface TileLayerInput {
  info: VectorLayerInfo;
  data: FeatureCollection;
  /** Layers below this zoom are left out of tiles (e.g. rivers at z0–2). */
  minzoom?: number;
}

export interface TilePackOptions {
  name: string;
  dir: string;
  bounds: Bounds;
  minzoom: number;
  maxzoom: number;
  center: [number, number, number];
  attribution: string;
  layers: TileLayerInput[];
}

export function writeTilePack(opts: TilePackOptions): { tiles: number; bytes: number } {
  const extent = 4096;
  const indexes = opts.layers.map((l) => ({
    l,
    vt: new GeoJSONVT(l.data, { maxZoom: opts.maxzoom, indexMaxZoom: 5, tolerance: 3, extent, buffer: 64 }),
  }));
  const tiles: TilePackIndex['tiles'] = {};
  const chunks: Buffer[] = [];
  let offset = 0;
  for (const { z, x, y } of tilesInBounds(opts.bounds, opts.minzoom, opts.maxzoom)) {
    const layers: Record<string, NonNullable<ReturnType<GeoJSONVT['getTile']>>> = {};
    for (const { l, vt } of indexes) {
      if (z < (l.minzoom ?? 0)) continue;
      const tile = vt.getTile(z, x, y);
      if (tile && tile.features.length > 0) layers[l.info.id] = tile;
    }
    if (Object.keys(layers).length === 0) continue;
    const gz = zlib.gzipSync(fromGeojsonVt(layers, { version: 2, extent }), { level: 9 });
    const hash = crypto.createHash('sha1').update(gz).digest('base64url').slice(0, 22);
    tiles[tileKey(z, x, y)] = [offset, gz.length, hash];
    chunks.push(gz);
    offset += gz.length;
  }
  const index: TilePackIndex = {
    name: opts.name,
    minzoom: opts.minzoom,
    maxzoom: opts.maxzoom,
    bounds: opts.bounds,
    center: opts.center,
    attribution: opts.attribution,
    vector_layers: opts.layers.map((l) => l.info),
    tiles,
  };
  const files = tilePackFiles(opts.name);
  fs.mkdirSync(opts.dir, { recursive: true });
  fs.writeFileSync(path.join(opts.dir, files.data), Buffer.concat(chunks));
  fs.writeFileSync(path.join(opts.dir, files.index), JSON.stringify(index));
  return { tiles: Object.keys(tiles).length, bytes: offset };
}
