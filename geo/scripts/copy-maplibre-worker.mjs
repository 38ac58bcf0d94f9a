// MapLibre 6 resolves its worker from import.meta.url, which bundlers break; serve our own copy.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const dist = path.dirname(require.resolve('maplibre-gl/package.json'));
const from = path.join(dist, 'dist', 'maplibre-gl-worker.mjs');
const to = path.join(import.meta.dirname, '..', '..', 'public', 'maplibre-gl-worker.mjs');
fs.mkdirSync(path.dirname(to), { recursive: true });
fs.copyFileSync(from, to);
