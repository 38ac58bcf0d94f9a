import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PMTiles } from 'pmtiles';
import type { TilePack, TilePackIndex } from '@/lib/tiles/tile-pack';
import { pmtilesArchive } from './write-pmtiles';
import { bufferSource } from './pmtiles-source.testing';

/**
 * A pack of `count` tiles scattered over z10 (from a fixed seed), each holding one of 64 contents:
 * scattered ids and repeated contents make a large directory, as a big tileset's would be.
 */
function syntheticPack(count: number): { pack: TilePack; contents: Map<string, Buffer> } {
  // mulberry32: a small seeded generator, so the test is the same every run.
  let seed = 42;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  const kinds = Array.from({ length: 64 }, (_, k) => Buffer.from(`tile ${k} ${'x'.repeat(k * 5)}`));
  const gzipped = kinds.map((raw) => zlib.gzipSync(raw));
  const offsets = gzipped.map((_, k) => gzipped.slice(0, k).reduce((n, b) => n + b.length, 0));
  const tiles: TilePackIndex['tiles'] = {};
  const contents = new Map<string, Buffer>();
  while (contents.size < count) {
    const key = `10/${Math.floor(random() * 1024)}/${Math.floor(random() * 1024)}`;
    const k = Math.floor(random() * kinds.length);
    tiles[key] = [offsets[k], gzipped[k].length, `kind${k}`];
    contents.set(key, kinds[k]);
  }
  const index: TilePackIndex = {
    name: 't',
    minzoom: 10,
    maxzoom: 10,
    bounds: [-180, -85, 180, 85],
    center: [0, 0, 10],
    attribution: 'a',
    vector_layers: [],
    tiles,
  };
  return { pack: { index, data: Buffer.concat(gzipped) }, contents };
}

describe('pmtilesArchive', () => {
  it('stays readable when the directory needs leaves (more tiles than a 16 KiB root holds)', async () => {
    const { pack, contents } = syntheticPack(20_000);
    const bytes = pmtilesArchive({ pack, metadata: { name: 't' } });
    expect(Number(bytes.readBigUInt64LE(48)), 'leaf directory length').toBeGreaterThan(0);
    const archive = new PMTiles(bufferSource(bytes, 't'));
    expect((await archive.getHeader()).numAddressedTiles).toBe(20_000);
    const keys = [...contents.keys()];
    for (const key of keys.filter((_, i) => i % 31 === 0)) {
      const [z, x, y] = key.split('/').map(Number);
      expect(Buffer.from((await archive.getZxy(z, x, y))!.data).equals(contents.get(key)!), key).toBe(true);
    }
    expect(await archive.getMetadata()).toEqual({ name: 't' });
  });

  it('stores identical tiles once', () => {
    const { pack } = syntheticPack(2_000);
    const bytes = pmtilesArchive({ pack, metadata: {} });
    expect(Number(bytes.readBigUInt64LE(88)), 'distinct contents').toBe(64);
    expect(Number(bytes.readBigUInt64LE(64)), 'tile data length').toBe(pack.data.length);
  });
});
