/**
 * Serves MapLibre from public/ as native ES modules instead of through the app bundle:
 * - the worker, because MapLibre 6 resolves it from import.meta.url, which bundlers break;
 * - the library, so the page fetches it as a native module when its scripts start (MapView);
 * - its stylesheet, so it is not part of the page's render-blocking CSS (70 KB, 38 of them its logo):
 *   the map controller adds it before it makes the map.
 * The URLs are in lib/map/maplibre-files.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const dist = path.join(path.dirname(require.resolve('maplibre-gl/package.json')), 'dist');
const publicDir = path.join(import.meta.dirname, '..', '..', 'public');
fs.mkdirSync(publicDir, { recursive: true });
for (const file of ['maplibre-gl.mjs', 'maplibre-gl-worker.mjs', 'maplibre-gl.css']) fs.copyFileSync(path.join(dist, file), path.join(publicDir, file));
