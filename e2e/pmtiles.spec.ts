/**
 * With TILES_PMTILES_URL set, the map reads its tiles from PMTiles archives on another origin (here a
 * static server this spec starts, standing in for object storage behind a CDN) and never asks the app
 * for a tile. The spec exports the archives, serves them, and starts its own app server with the setting.
 */
import { execFileSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import sirv from 'sirv';
import { expect, test } from './fixtures';
import { waitForMapIdle } from './map-helpers';
import { freePort, startServer } from '../bench/server.mjs';

let dir: string;
let archives: http.Server;
let archiveOrigin: string;
let app: ChildProcess;
let appOrigin: string;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hinterland-pmtiles-e2e-'));
  // Under /archives/ on the static server: the base URL's path is kept.
  execFileSync('npx', ['tsx', 'geo/scripts/export-pmtiles.ts', path.join(dir, 'archives')], { stdio: 'inherit' });
  // Byte ranges and CORS, as object storage behind a CDN answers them.
  const serve = sirv(dir, { dev: false, etag: true, setHeaders: (res) => res.setHeader('Access-Control-Allow-Origin', '*') });
  archives = http.createServer((req, res) => serve(req, res, () => void res.writeHead(404).end()));
  await new Promise<void>((resolve) => archives.listen(0, '127.0.0.1', resolve));
  archiveOrigin = `http://127.0.0.1:${(archives.address() as AddressInfo).port}`;
  const port = await freePort();
  app = await startServer(port, { env: { TILES_PMTILES_URL: `${archiveOrigin}/archives/` } });
  appOrigin = `http://localhost:${port}`;
});

test.afterAll(async () => {
  app?.kill();
  await new Promise((resolve) => archives?.close(resolve));
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

test('the map draws the provinces and the basemap from the archives, and the app serves no tile', async ({ page }) => {
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  const response = await page.goto(`${appOrigin}/?indicator=gdp_per_capita&year=2024`);
  const csp = response!.headers()['content-security-policy'];
  expect(csp.split('; ').find((d) => d.startsWith('connect-src'))).toBe(`connect-src 'self' ${archiveOrigin}`);
  await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
  await waitForMapIdle(page);

  const codes = await page.evaluate(
    () => new Set(window.__map!.querySourceFeatures('layer:provinces', { sourceLayer: 'provinces' }).map((f) => String(f.id))).size,
  );
  expect(codes).toBe(31);
  const basemap = await page.evaluate(() => window.__map!.querySourceFeatures('basemap', { sourceLayer: 'province_labels' }).length);
  expect(basemap).toBeGreaterThan(0);
  // The choropleth is coloured as usual: values come from the app, tiles from the archives.
  const hubei = await page.evaluate(() => window.__map!.getFeatureState({ source: 'layer:provinces', sourceLayer: 'provinces', id: '420000' }).value);
  expect(typeof hubei).toBe('number');

  const fromArchives = urls.filter((u) => u.startsWith(`${archiveOrigin}/archives/`)).map((u) => new URL(u).pathname);
  expect(new Set(fromArchives)).toEqual(new Set(['/archives/basemap.pmtiles', '/archives/provinces.pmtiles']));
  expect(
    urls.filter((u) => new URL(u).pathname.startsWith('/api/tiles/')),
    'tile requests to the app',
  ).toEqual([]);
});
