import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PMTiles } from 'pmtiles';
import { routeParams, routeRequest } from '@/app/api/_testing/route-request';
import { GET as getTile } from '@/app/api/tiles/[tileset]/[z]/[x]/[y]/route';
import { readBuildFile } from '@/lib/server/build-files';
import { tilePackFiles, type TilePackIndex } from '@/lib/tiles/tile-pack';
import { TILESETS, type TilesetId } from '@/lib/tiles/tilesets';
import { exportPmtiles } from './export-pmtiles';
import { bufferSource } from './pmtiles-source.testing';

const routeTile = async (tileset: string, z: number, x: number, y: number) => {
  const res = await getTile(routeRequest(`/api/tiles/${tileset}/${z}/${x}/${y}`), routeParams({ tileset, z: String(z), x: String(x), y: String(y) }));
  return res.status === 204 ? null : Buffer.from(await res.arrayBuffer());
};

let dir: string;
const archives = new Map<TilesetId, PMTiles>();

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hinterland-pmtiles-'));
  for (const { tileset, file } of exportPmtiles(dir)) archives.set(tileset, new PMTiles(bufferSource(fs.readFileSync(file), tileset)));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('npm run export:pmtiles', () => {
  it('writes one archive per tileset, with its zooms, bounds and source layers', async () => {
    expect([...archives.keys()].sort()).toEqual(Object.keys(TILESETS).sort());
    for (const [id, archive] of archives) {
      const t = TILESETS[id];
      const header = await archive.getHeader();
      expect([header.minZoom, header.maxZoom, header.tileType]).toEqual([t.minzoom, t.maxzoom, 1]);
      expect([header.minLon, header.minLat, header.maxLon, header.maxLat]).toEqual([...t.bounds]);
      const metadata = (await archive.getMetadata()) as { vector_layers: { id: string }[]; attribution: string };
      expect(metadata.vector_layers.map((l) => l.id)).toEqual(t.layers.map((l) => l.id));
      expect(metadata.attribution).toBe(t.attribution);
    }
  });

  it('gives back, for every tile of the provinces and every 7th of the others, the bytes the tile route serves', async () => {
    for (const [id, archive] of archives) {
      const index = JSON.parse(readBuildFile(tilePackFiles(id).index).toString('utf8')) as TilePackIndex;
      const keys = Object.keys(index.tiles).filter((_, i) => id === 'provinces' || i % 7 === 0);
      expect(keys.length).toBeGreaterThan(50);
      for (const key of keys) {
        const [z, x, y] = key.split('/').map(Number);
        const fromArchive = await archive.getZxy(z, x, y);
        expect(fromArchive, `${id} ${key}`).toBeDefined();
        expect(Buffer.from(fromArchive!.data).equals((await routeTile(id, z, x, y))!), `${id} ${key}`).toBe(true);
      }
    }
  });

  it('has nothing where the route answers 204', async () => {
    expect(await routeTile('basemap', 8, 0, 0)).toBeNull();
    expect(await archives.get('basemap')!.getZxy(8, 0, 0)).toBeUndefined();
  });
});
