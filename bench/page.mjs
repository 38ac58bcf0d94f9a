/**
 * The page in headless Chromium at 1280×800 (software WebGL): time to the choropleth at idle,
 * bytes on first load, JS heap, an indicator switch, and a province click to its charts.
 */
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { median } from './stats.mjs';

const choroplethReady = () => {
  const map = window.__map;
  if (!map || !map.loaded() || !map.getSource('layer:provinces') || !map.isSourceLoaded('layer:provinces')) return false;
  const hubei = map.getFeatureState({ source: 'layer:provinces', sourceLayer: 'provinces', id: '420000' });
  return typeof hubei.value === 'number' && !map.isMoving() && map.areTilesLoaded();
};

/**
 * Where the first-load time goes, in ms since navigation: the map object exists (MapLibre fetched,
 * compiled, constructed), the provinces' tiles are loaded, the basemap style and tiles are loaded.
 */
const recordPhases = () => {
  const phases = (window.__phases = {});
  const mark = (k) => {
    if (!(k in phases)) phases[k] = Math.round(performance.now());
  };
  const tick = () => {
    const map = window.__map;
    if (map) {
      mark('map_created');
      if (map.getSource('layer:provinces') && map.isSourceLoaded('layer:provinces')) mark('provinces_loaded');
      if (map.isStyleLoaded()) mark('basemap_loaded');
    }
    if (Object.keys(phases).length < 3) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
};

export async function benchPage(base, { runs = 5 } = {}) {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const samples = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      await context.addInitScript(recordPhases);
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      const bytes = { js: 0, css: 0, data: 0, other: 0 };
      const types = new Map();
      cdp.on('Network.responseReceived', (e) => types.set(e.requestId, e.type));
      cdp.on('Network.loadingFinished', (e) => {
        const t = types.get(e.requestId);
        const key = t === 'Script' ? 'js' : t === 'Stylesheet' ? 'css' : t === 'Fetch' || t === 'XHR' ? 'data' : 'other';
        bytes[key] += e.encodedDataLength;
      });
      const t0 = Date.now();
      await page.goto(base + '/');
      await page.waitForFunction(choroplethReady, null, { timeout: 60_000, polling: 50 });
      const firstChoropleth = Date.now() - t0;
      // First load ends here: later steps load more (recharts on the click), which must not count.
      const firstLoadBytes = { ...bytes };
      const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
      const phases = await page.evaluate(() => window.__phases);

      const s0 = Date.now();
      await page.getByLabel('Indicator').selectOption('population');
      await page.waitForFunction(
        () => {
          const v = window.__map.getFeatureState({ source: 'layer:provinces', sourceLayer: 'provinces', id: '420000' }).value;
          return typeof v === 'number' && v < 100000 && window.__map.loaded();
        },
        null,
        { polling: 20 },
      );
      const indicatorSwitch = Date.now() - s0;

      const point = await page.evaluate(() => window.__map.project([112.3, 31.0]));
      const c0 = Date.now();
      await page.mouse.click(point.x, point.y);
      await page.getByRole('figure', { name: 'Rank chart for Hubei' }).locator('svg').first().waitFor();
      const clickToCharts = Date.now() - c0;
      samples.push({ firstChoropleth, phases, heap, bytes: firstLoadBytes, indicatorSwitch, clickToCharts });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return {
    first_choropleth_ms: median(samples.map((s) => s.firstChoropleth)),
    first_load_phases_ms: Object.fromEntries(['map_created', 'provinces_loaded', 'basemap_loaded'].map((k) => [k, median(samples.map((s) => s.phases[k]))])),
    first_load_kb: {
      js: Math.round(median(samples.map((s) => s.bytes.js)) / 1024),
      css: Math.round(median(samples.map((s) => s.bytes.css)) / 1024),
      data_and_tiles: Math.round(median(samples.map((s) => s.bytes.data)) / 1024),
      other: Math.round(median(samples.map((s) => s.bytes.other)) / 1024),
    },
    js_heap_mb: Math.round(median(samples.map((s) => s.heap)) / 1e5) / 10,
    indicator_switch_ms: median(samples.map((s) => s.indicatorSwitch)),
    click_to_charts_ms: median(samples.map((s) => s.clickToCharts)),
    runs,
  };
}
