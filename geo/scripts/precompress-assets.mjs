/**
 * After `next build`: a brotli copy (quality 11, `.br` beside it) of every script and stylesheet the
 * page loads — Next's build and MapLibre in public/ — which the edge sends as they are
 * (lib/edge/static-assets.ts) instead of compressing each response at quality 4.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { promisify } from 'node:util';

const brotli = promisify(zlib.brotliCompress);
const root = path.join(import.meta.dirname, '..', '..');

function* assets(dir) {
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* assets(file);
    else if (/\.(m?js|css)$/.test(entry.name)) yield file;
  }
}

const files = [
  ...assets(path.join(root, '.next', 'static')),
  ...['maplibre-gl.mjs', 'maplibre-gl-worker.mjs', 'maplibre-gl.css'].map((f) => path.join(root, 'public', f)),
];
const t0 = Date.now();
let [raw, compressed] = [0, 0];
// Two at a time: zlib runs them on libuv's threads, one per core here.
for (let i = 0; i < files.length; i += 2) {
  await Promise.all(
    files.slice(i, i + 2).map(async (file) => {
      const body = fs.readFileSync(file);
      const br = await brotli(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length } });
      fs.writeFileSync(`${file}.br`, br);
      raw += body.length;
      compressed += br.length;
    }),
  );
}
console.log(
  `precompress: ${files.length} scripts and styles, ${(raw / 1e6).toFixed(1)} MB → ${(compressed / 1e3).toFixed(0)} KB brotli in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
);
