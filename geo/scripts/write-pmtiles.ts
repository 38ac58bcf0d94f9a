/**
 * Writes a PMTiles v3 archive (https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md) from a
 * tile pack: the same gzip bytes the tile route serves, addressed by Hilbert tile id. The pmtiles
 * package reads archives but has no writer, so this follows the spec's layout: a 127-byte header, a
 * root directory within the first 16 KiB, JSON metadata, leaf directories when the root would not
 * fit, then the tile data in tile-id order (identical tiles stored once, runs of them as one entry).
 */
import zlib from 'node:zlib';
import { Compression, TileType, zxyToTileId } from 'pmtiles';
import type { TilePack } from '../../lib/tiles/tile-pack';

interface Entry {
  tileId: number;
  offset: number;
  length: number;
  runLength: number;
}

const HEADER_BYTES = 127;
/** Readers fetch the first 16 KiB at once: the header and root directory must fit in it. */
const ROOT_BUDGET = 16384 - HEADER_BYTES;

const gzip = (b: Buffer) => zlib.gzipSync(b, { level: 9 });

/** Numbers up to 2^53 as unsigned LEB128 varints (arithmetic, not bit operations, past 2^31). */
function pushVarint(out: number[], n: number) {
  while (n >= 0x80) {
    out.push((n % 0x80) | 0x80);
    n = Math.floor(n / 0x80);
  }
  out.push(n);
}

/** A directory: entry count, then columns of tile-id deltas, run lengths, lengths and offsets (0 = right after the previous). */
function serializeDirectory(entries: readonly Entry[]): Buffer {
  const out: number[] = [];
  pushVarint(out, entries.length);
  let lastId = 0;
  for (const e of entries) {
    pushVarint(out, e.tileId - lastId);
    lastId = e.tileId;
  }
  for (const e of entries) pushVarint(out, e.runLength);
  for (const e of entries) pushVarint(out, e.length);
  entries.forEach((e, i) => {
    const prev = entries[i - 1];
    pushVarint(out, i > 0 && e.offset === prev.offset + prev.length ? 0 : e.offset + 1);
  });
  return Buffer.from(out);
}

/** The root directory, and leaf directories (root entries with run length 0 point at them) when needed. */
function directories(entries: readonly Entry[]): { root: Buffer; leaves: Buffer } {
  const whole = gzip(serializeDirectory(entries));
  if (whole.length <= ROOT_BUDGET) return { root: whole, leaves: Buffer.alloc(0) };
  for (let leafSize = 4096; ; leafSize *= 2) {
    const roots: Entry[] = [];
    const leaves: Buffer[] = [];
    let offset = 0;
    for (let i = 0; i < entries.length; i += leafSize) {
      const leaf = gzip(serializeDirectory(entries.slice(i, i + leafSize)));
      roots.push({ tileId: entries[i].tileId, offset, length: leaf.length, runLength: 0 });
      leaves.push(leaf);
      offset += leaf.length;
    }
    const root = gzip(serializeDirectory(roots));
    if (root.length <= ROOT_BUDGET) return { root, leaves: Buffer.concat(leaves) };
  }
}

export interface ArchiveOptions {
  pack: TilePack;
  /** The archive's JSON metadata (name, attribution, vector_layers, …), as TileJSON describes the tileset. */
  metadata: Record<string, unknown>;
}

export function pmtilesArchive({ pack, metadata }: ArchiveOptions): Buffer {
  const { index, data } = pack;
  const tiles = Object.entries(index.tiles)
    .map(([key, [offset, length, hash]]) => {
      const [z, x, y] = key.split('/').map(Number);
      return { tileId: zxyToTileId(z, x, y), offset, length, hash };
    })
    .sort((a, b) => a.tileId - b.tileId);

  const entries: Entry[] = [];
  const stored = new Map<string, { offset: number; length: number }>();
  const chunks: Buffer[] = [];
  let dataLength = 0;
  for (const t of tiles) {
    let at = stored.get(t.hash);
    if (!at) {
      at = { offset: dataLength, length: t.length };
      stored.set(t.hash, at);
      chunks.push(data.subarray(t.offset, t.offset + t.length));
      dataLength += t.length;
    }
    const last = entries.at(-1);
    if (last && last.offset === at.offset && last.tileId + last.runLength === t.tileId) last.runLength++;
    else entries.push({ tileId: t.tileId, offset: at.offset, length: at.length, runLength: 1 });
  }

  const { root, leaves } = directories(entries);
  const meta = gzip(Buffer.from(JSON.stringify(metadata), 'utf8'));
  const header = Buffer.alloc(HEADER_BYTES);
  header.write('PMTiles', 0, 'ascii');
  header.writeUInt8(3, 7);
  const sections = [
    [HEADER_BYTES, root.length],
    [HEADER_BYTES + root.length, meta.length],
    [HEADER_BYTES + root.length + meta.length, leaves.length],
    [HEADER_BYTES + root.length + meta.length + leaves.length, dataLength],
  ];
  sections.flat().forEach((n, i) => header.writeBigUInt64LE(BigInt(n), 8 + 8 * i));
  header.writeBigUInt64LE(BigInt(tiles.length), 72); // addressed tiles
  header.writeBigUInt64LE(BigInt(entries.length), 80);
  header.writeBigUInt64LE(BigInt(stored.size), 88); // distinct contents
  header.writeUInt8(1, 96); // clustered: tile data in tile-id order
  header.writeUInt8(Compression.Gzip, 97); // directories and metadata
  header.writeUInt8(Compression.Gzip, 98); // tiles, as the pack holds them
  header.writeUInt8(TileType.Mvt, 99);
  header.writeUInt8(index.minzoom, 100);
  header.writeUInt8(index.maxzoom, 101);
  const e7 = (deg: number) => Math.round(deg * 1e7);
  const [west, south, east, north] = index.bounds;
  [west, south, east, north].forEach((deg, i) => header.writeInt32LE(e7(deg), 102 + 4 * i));
  const [lng, lat, zoom] = index.center;
  header.writeUInt8(zoom, 118);
  header.writeInt32LE(e7(lng), 119);
  header.writeInt32LE(e7(lat), 123);
  return Buffer.concat([header, root, meta, leaves, ...chunks]);
}
