/**
 * Content hashes of what the geo build wrote, one per thing a client fetches by URL: a tileset, the
 * glyphs, a layer. A versioned URL (…/v/<hash>/…) names the bytes it answers with, so it is served
 * `immutable` and a new build gets new URLs; the style and TileJSON (short-lived) point at them.
 * Each hash is read from the build's own files once per process, so every server of one build
 * agrees on it without coordination.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { memoByKey, once } from '../cache/memo';
import { tilePackFiles } from '../tiles/tile-pack';
import type { TilesetId } from '../tiles/tilesets';
import { BUILD_DIR, readBuildFile } from './build-files';
import { LAYER_BODIES_DIR, type LayerBodiesIndex } from './layer-bodies';

const digest = (parts: Iterable<string | Buffer>) => {
  const hash = crypto.createHash('sha1');
  for (const part of parts) hash.update(part);
  return hash.digest('hex').slice(0, 16);
};

const versions = memoByKey<string>();

/** A tile pack's index lists every tile's own hash (and the tileset's metadata): its hash covers them all. */
export const tilesetVersion = (id: TilesetId) => versions(`tiles/${id}`, () => digest([readBuildFile(tilePackFiles(id).index)]));

/** Every glyph file's name and bytes (a font stack or range added or redrawn changes it). */
export const glyphsVersion = once(() => {
  const dir = path.join(BUILD_DIR, 'glyphs');
  const files = fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile())
    .map((f) => path.relative(dir, path.join(f.parentPath, f.name)))
    .sort();
  return digest(files.flatMap((f) => [f, fs.readFileSync(path.join(dir, f))]));
});

/** A layer's whole bodies (each year's) are hashed by the build: the layer's version is their list. */
export const layerVersion = (id: string) =>
  versions(`layers/${id}`, () => {
    const index = JSON.parse(readBuildFile(`${LAYER_BODIES_DIR}/index.json`).toString('utf8')) as LayerBodiesIndex;
    return digest(
      Object.entries(index)
        .filter(([key]) => key.startsWith(`${id}/`))
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, hash]) => `${key}=${hash};`),
    );
  });
