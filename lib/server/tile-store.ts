/** Tile packs loaded once per process, served as prepared gzip bodies. */
import { tileFromPack, tilePackFiles, type TilePack, type TilePackIndex } from '../tiles/tile-pack';
import { tileKey } from '../tiles/tile-math';
import type { TilesetId } from '../tiles/tilesets';
import { preparedFromGzip, type PreparedBody } from '../http/prepared-body';
import { memoByKey } from '../cache/memo';
import { readBuildFile } from './build-files';
import { CACHE_CONTROL, CONTENT_TYPE } from '../http/response-kinds';

const packs = memoByKey<TilePack>();

function tilePack(id: TilesetId): TilePack {
  return packs(id, () => {
    const files = tilePackFiles(id);
    return { index: JSON.parse(readBuildFile(files.index).toString('utf8')) as TilePackIndex, data: readBuildFile(files.data) };
  });
}

export function tileBody(id: TilesetId, z: number, x: number, y: number): PreparedBody | null {
  const tile = tileFromPack(tilePack(id), tileKey(z, x, y));
  return tile && preparedFromGzip(tile.gzip, tile.hash, CONTENT_TYPE.vectorTile, CACHE_CONTROL.tiles);
}
