/**
 * npm run export:pmtiles [dir]: the basemap, provinces and nightlight tile packs from geo/build as
 * PMTiles archives (default dist/pmtiles/<tileset>.pmtiles), for object storage behind a CDN; the app
 * reads them when TILES_PMTILES_URL names where they are published (README, "Scaling").
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { readBuildFile } from '../../lib/server/build-files';
import { tilesetVersion } from '../../lib/server/asset-versions';
import { PMTILES_DIR, pmtilesFileName } from '../../lib/tiles/pmtiles-archive';
import { tilePackFiles, type TilePackIndex } from '../../lib/tiles/tile-pack';
import { tileJson } from '../../lib/tiles/tilejson';
import { TILESETS, type TilesetId } from '../../lib/tiles/tilesets';
import { pmtilesArchive } from './write-pmtiles';

export function exportPmtiles(dir: string): Array<{ tileset: TilesetId; file: string; bytes: number }> {
  fs.mkdirSync(dir, { recursive: true });
  return (Object.keys(TILESETS) as TilesetId[]).map((tileset) => {
    const files = tilePackFiles(tileset);
    const pack = { index: JSON.parse(readBuildFile(files.index).toString('utf8')) as TilePackIndex, data: readBuildFile(files.data) };
    // The archive describes itself as the TileJSON does, less the server's tile URLs.
    const { tiles: _urls, ...metadata } = tileJson(tileset, tilesetVersion(tileset));
    const bytes = pmtilesArchive({ pack, metadata });
    const file = path.join(dir, pmtilesFileName(tileset));
    fs.writeFileSync(file, bytes);
    return { tileset, file, bytes: bytes.length };
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const { file, bytes } of exportPmtiles(process.argv[2] ?? PMTILES_DIR)) console.log(`${file}: ${(bytes / 1024).toFixed(0)} KB`);
}
