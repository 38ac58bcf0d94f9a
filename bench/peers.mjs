/**
 * The app beside its peers in one run (issue 15): an ECharts page, a Leaflet page and a blank page,
 * served by the bench's own static server (bench/peer-server.mjs), drawing the same provinces with the
 * same values and classes. For each: the time until a pixel inside a known province has its class
 * colour (screenshots of a small block from navigation on, not "map idle"), the app's time to an
 * interactive map (MapLibre idle with feature-state set: html[data-map-shown]), an indicator switch,
 * a 10-step year scrub, JS bytes, LCP and CLS, and the app's click to charts.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { PNG } from 'pngjs';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { startPeerServer } from './peer-server.mjs';
import { colourMatches, medianColour, medians, peerRatios, peerVerdicts } from './peer-verdict.mjs';

const VIEWPORT = { width: 1280, height: 800 };
/** The province sampled: Xinjiang's south (the Taklamakan), inside it on every page, with no label, lake or river near. */
const PROBE = { code: '650000', lngLat: [84.0, 38.5] };
const BLANK_COLOUR = '#2c7fb8';
const TIMEOUT_MS = 45_000;

/** Writes the peers' data from the app's build and its view computation (bench/peers/peer-data.ts). */
function peerData() {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hinterland-peers-')), 'peer-data.json');
  const r = spawnSync('node', ['--import', 'tsx', 'bench/peers/peer-data.ts', file], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`peer data failed: ${r.stderr}`);
  return { file, data: JSON.parse(fs.readFileSync(file, 'utf8')) };
}

/** Observers of LCP, CLS and the app's handover, installed before any of the page's scripts. */
function observers() {
  const w = window;
  w.__bench = { cls: 0, lcp: null, interactiveAt: null };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) w.__bench.cls += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    const last = list.getEntries().at(-1);
    if (last) w.__bench.lcp = last.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  // The document, not its <html>: an init script runs before the parser has made that element.
  new MutationObserver(() => {
    if (w.__bench.interactiveAt === null && document.documentElement?.dataset.mapShown) w.__bench.interactiveAt = performance.now();
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-map-shown'] });
}

/** The median colour of a 5×5 block of the screen around a point. */
async function sample(cdp, at) {
  const { data } = await cdp.send('Page.captureScreenshot', {
    format: 'png',
    clip: { x: Math.round(at.x) - 2, y: Math.round(at.y) - 2, width: 5, height: 5, scale: 1 },
  });
  return medianColour(PNG.sync.read(Buffer.from(data, 'base64')).data);
}

/** Epoch ms at which the block first shows `colour`, sampling from navigation on. */
async function firstShown(cdp, at, colour, deadline) {
  while (Date.now() < deadline) {
    // Before the page's first frame there is nothing to capture yet.
    const rgb = await sample(cdp, at).catch(() => null);
    const now = Date.now();
    if (rgb && colourMatches(rgb, colour)) return now;
    if (!rgb) await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return null;
}

/**
 * In the app: moves a control as a reader would and resolves with the ms until the map has drawn `value` for the probe:
 * the first MapLibre frame that starts with the new feature-state, then the next frame (as a peer's afterPaint).
 */
function appChange({ label, value, expected, code }) {
  const map = window.__map;
  const el = document.getElementById([...document.querySelectorAll('label')].find((l) => l.textContent.trim().startsWith(label)).htmlFor);
  return new Promise((resolve) => {
    // A frame draws the feature-state set before it began, so the first 'render' that sees the value drew it.
    const onRender = () => {
      if (map.getFeatureState({ source: 'layer:provinces', sourceLayer: 'provinces', id: code }).value !== expected) return;
      map.off('render', onRender);
      clearTimeout(timer);
      requestAnimationFrame(() => resolve(performance.now() - t0));
    };
    const timer = setTimeout(() => (map.off('render', onRender), resolve(null)), 10_000);
    map.on('render', onRender);
    const t0 = performance.now();
    const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el), 'value').set;
    setter.call(el, value);
    el.dispatchEvent(new Event(el.tagName === 'SELECT' ? 'change' : 'input', { bubbles: true }));
  });
}

/** In a peer: recolours to a view and resolves with the ms until it is painted. */
function peerChange(key) {
  const t0 = performance.now();
  return window.__peer.show(key).then(() => performance.now() - t0);
}

async function scriptBytes(cdp) {
  const bytes = { js: 0 };
  const types = new Map();
  await cdp.send('Network.enable');
  cdp.on('Network.responseReceived', (e) => types.set(e.requestId, { type: e.type, url: e.response.url }));
  cdp.on('Network.loadingFinished', (e) => {
    const t = types.get(e.requestId);
    // MapLibre's worker is not counted (issue 15): it starts in parallel and is not on the page's thread.
    if (t?.type === 'Script' && !/maplibre-gl-worker/.test(t.url)) bytes.js += e.encodedDataLength;
  });
  return bytes;
}

/** Where the probe's lng/lat is on a page once it has loaded (the framing does not change between runs at one size). */
async function probePixel(browser, kind, url) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  try {
    await page.goto(url);
    if (kind === 'blank') return { x: VIEWPORT.width / 2, y: VIEWPORT.height / 2 };
    if (kind === 'app') {
      await page.locator('html[data-map-shown]').waitFor({ state: 'attached', timeout: TIMEOUT_MS });
      return await page.evaluate((p) => window.__map.project(p), PROBE.lngLat);
    }
    await page.waitForFunction(() => !!window.__peer, null, { timeout: TIMEOUT_MS });
    return await page.evaluate((p) => window.__peer.pixelOf(p), PROBE.lngLat);
  } finally {
    await context.close();
  }
}

async function measureOnce(browser, kind, url, at, data) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript(observers);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const bytes = await scriptBytes(cdp);
  try {
    const colour = kind === 'blank' ? BLANK_COLOUR : data.views[data.first].colors[PROBE.code];
    const deadline = Date.now() + TIMEOUT_MS;
    await page.goto(url, { waitUntil: 'commit' });
    const shownAt = await firstShown(cdp, at, colour, deadline);
    const origin = await page.evaluate(() => performance.timeOrigin);
    const result = { first_choropleth_ms: shownAt === null ? null : Math.round(shownAt - origin) };
    if (kind === 'blank') {
      await page.waitForLoadState('load');
      result.first_paint_ms = await page.evaluate(() => Math.round(performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN));
    } else if (kind === 'app') {
      await page.locator('html[data-map-shown]').waitFor({ state: 'attached', timeout: TIMEOUT_MS });
      result.interactive_ms = await page.evaluate(() => (window.__bench.interactiveAt === null ? null : Math.round(window.__bench.interactiveAt)));
    } else {
      await page.waitForFunction(() => !!window.__peer, null, { timeout: TIMEOUT_MS });
    }
    result.js_kb = Math.round(bytes.js / 1024);
    if (kind !== 'blank') Object.assign(result, await interactions(page, kind, data));
    await page.waitForTimeout(300);
    const { cls, lcp } = await page.evaluate(() => window.__bench);
    return { ...result, cls: Math.round(cls * 1000) / 1000, lcp_ms: lcp === null ? null : Math.round(lcp) };
  } finally {
    await context.close();
  }
}

/** The indicator switch, the 10-step year scrub (the slider a step at a time, each step drawn) and, in the app, a click to the charts. */
async function interactions(page, kind, data) {
  const expected = (key) => data.views[key].values[PROBE.code];
  const change =
    kind === 'app'
      ? (label, value, key) => page.evaluate(appChange, { label, value, expected: expected(key), code: PROBE.code })
      : (_label, _value, key) => page.evaluate(peerChange, key);
  const result = {};
  const switched = await change('Indicator', 'population', data.switchTo);
  result.indicator_switch_ms = switched === null ? null : Math.round(switched);
  // Back to the first view, then the slider one year back at a time (its value is an index into the years).
  await change('Indicator', data.first.split('/')[0], data.first);
  const last = kind === 'app' ? await page.evaluate(() => Number(document.querySelector('input[type="range"]').max)) : 0;
  const steps = [];
  for (const [i, key] of data.scrub.entries()) steps.push(await change('Year', String(last - 1 - i), key));
  result.year_scrub_ms = steps.includes(null) ? null : Math.round(steps.reduce((a, b) => a + b, 0));
  if (kind === 'app') {
    const point = await page.evaluate(() => window.__map.project([112.3, 31.0]));
    const t0 = Date.now();
    await page.mouse.click(point.x, point.y);
    await page.getByRole('figure', { name: 'Rank chart for Hubei' }).locator('svg').first().waitFor({ timeout: TIMEOUT_MS });
    result.click_to_charts_ms = Date.now() - t0;
  }
  return result;
}

const FIELDS = [
  'first_choropleth_ms',
  'first_paint_ms',
  'interactive_ms',
  'indicator_switch_ms',
  'year_scrub_ms',
  'click_to_charts_ms',
  'js_kb',
  'lcp_ms',
  'cls',
];

/** Runs every page `runs` times, interleaved (so a busy moment on the machine falls on all of them), and returns medians, ratios and verdicts. */
export async function benchPeers(appBase, { runs = 3 } = {}) {
  const { file, data } = peerData();
  const peers = await startPeerServer(file);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    const urls = {
      blank: `${peers.base}/blank.html`,
      leaflet: `${peers.base}/leaflet.html`,
      echarts: `${peers.base}/echarts.html`,
      app: `${appBase}/?indicator=${data.first.split('/')[0]}&year=${data.first.split('/')[1]}`,
    };
    const at = {};
    for (const [kind, url] of Object.entries(urls)) at[kind] = await probePixel(browser, kind, url);
    const samples = Object.fromEntries(Object.keys(urls).map((k) => [k, []]));
    for (let i = 0; i < runs; i++) for (const [kind, url] of Object.entries(urls)) samples[kind].push(await measureOnce(browser, kind, url, at[kind], data));
    const results = Object.fromEntries(Object.entries(samples).map(([kind, s]) => [kind, medians(s, FIELDS)]));
    return { runs, probe: PROBE, viewport: VIEWPORT, ...results, ratios: peerRatios(results), verdicts: peerVerdicts(results) };
  } finally {
    await browser.close();
    await peers.close();
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
}
