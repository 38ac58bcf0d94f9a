/**
 * A tile pack: every non-empty tile of a tileset, gzip-compressed once at build time, in one
 * binary file plus a JSON index. Serving a tile is then a slice of a buffer held in memory.
 */
import type { Bounds } from './tile-math';

export interface VectorLayerInfo {
  id: string;
  description: string;
  fields: Record<string, string>;
}

export interface TilePackIndex {
  name: string;
  minzoom: number;
  maxzoom: number;
  bounds: Bounds;
  center: [number, number, number];
  attribution: string;
  vector_layers: VectorLayerInfo[];
  /** "z/x/y" → [byte offset, byte length, content hash] */
  tiles: Record<string, [number, number, string]>;
}

export interface TilePack {
  index: TilePackIndex;
  data: Buffer;
}

/** File names of a tile pack inside the build directory. */
export const tilePackFiles = (name: string) => ({ data: `${name}.tiles.bin`, index: `${name}.tiles.json` });

/** The gzip bytes and content hash of a tile, or null where the tileset has nothing. */
export function tileFromPack(pack: TilePack, key: string): { gzip: Buffer; hash: string } | null {
  const entry = Object.hasOwn(pack.index.tiles, key) ? pack.index.tiles[key] : undefined;
  if (!entry) return null;
  const [offset, length, hash] = entry;
  return { gzip: pack.data.subarray(offset, offset + length), hash };
}
