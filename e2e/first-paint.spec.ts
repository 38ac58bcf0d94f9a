/**
 * The first map comes with the page: an SVG of the view's choropleth, readable without JavaScript,
 * framed exactly as MapLibre's first camera (desktop and phones), handed over without a jump or a
 * layout shift, and left standing, with a notice, where WebGL2 is missing.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { mercator } from '../lib/map/svg-choropleth';

const VIEW = '/?indicator=gdp_per_capita&year=2024';
/** Points across the map: Hubei's north, Sichuan's east, Xinjiang's south, Inner Mongolia's north-east. */
const SAMPLES: Array<[number, number]> = [
  [113.6, 31.9],
  [106.0, 31.2],
  [84.0, 38.5],
  [121.5, 49.5],
];
/** Those inside provinces wide enough, even on a 320 px phone, that no label, lake or border falls within a few pixels. */
const COLOUR_SAMPLES = [2, 3];

/** Where the SVG draws a lng/lat, in CSS pixels of the page (through the first province path's own screen transform). */
const svgPoints = (page: Page, points: Array<[number, number]>) =>
  page.evaluate((projected) => {
    const path = document.querySelector<SVGPathElement>('.first-map path[data-code]')!;
    const ctm = path.getScreenCTM()!;
    return projected.map(([x, y]) => {
      const p = new DOMPoint(x, y).matrixTransform(ctm);
      return { x: p.x, y: p.y };
    });
  }, points.map(mercator));

const mapPoints = (page: Page, points: Array<[number, number]>) => page.evaluate((ps) => ps.map((p) => window.__map!.project(p)), points);

/** The median colour of a 7×7 block around a point of the screen (thin rivers and borders drop out). */
async function colourAt(page: Page, at: { x: number; y: number }): Promise<[number, number, number]> {
  const png = await page.screenshot({ clip: { x: Math.round(at.x) - 3, y: Math.round(at.y) - 3, width: 7, height: 7 } });
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    [canvas.width, canvas.height] = [img.width, img.height];
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, img.width, img.height).data;
    const channel = (c: number) => {
      const v = [];
      for (let i = c; i < data.length; i += 4) v.push(data[i]);
      return v.sort((a, b) => a - b)[v.length >> 1];
    };
    return [channel(0), channel(1), channel(2)] as [number, number, number];
  }, png.toString('base64'));
}

const hex = (c: string) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16));
const near = (a: number[], b: number[], tolerance: number) => a.every((v, i) => Math.abs(v - b[i]) <= tolerance);

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the map is there: every province named with its value, coloured by the legend’s class for the API’s value', async ({ page, request }) => {
    await page.goto(VIEW);
    const svg = page.getByRole('group', { name: /^Map of China’s provinces: GDP per capita, 2024/ });
    await expect(svg).toBeVisible();
    const provinces = svg.getByRole('img');
    await expect(provinces).toHaveCount(31);
    // Here it is the map, so its edges are smooth (the quicker aliased drawing is only for a stand-in).
    await expect(svg.locator('path[data-code]').first()).toHaveCSS('shape-rendering', 'auto');
    await expect(svg.locator('path[data-land]')).toHaveCSS('shape-rendering', 'auto');
    // The parser of a browser with scripting off shows this (Playwright only stops scripts from running).
    expect(await (await request.get(VIEW)).text()).toMatch(/<noscript><p class="first-map-note">JavaScript is off: this map is a still picture/);

    const api = (await (await request.get('/api/indicators/gdp_per_capita?year=2024')).json()) as { values: Array<{ code: string; value: number | null }> };
    const legend = await page.locator('.choropleth-legend li').evaluateAll((rows) =>
      rows.map((li) => {
        const [lo, hi] = (li.textContent ?? '').split('–').map((s) => Number(s.replace(/[^\d.]/g, '')));
        const rgb = getComputedStyle(li.querySelector('.swatch')!).backgroundColor.match(/\d+/g)!.map(Number);
        return { lo, hi, rgb };
      }),
    );
    for (const code of ['420000', '510000', '650000', '110000']) {
      const path = svg.locator(`path[data-code="${code}"]`);
      const value = api.values.find((v) => v.code === code)!.value!;
      await expect(path).toHaveAccessibleName(new RegExp(`: ${Math.round(value).toLocaleString('en')} yuan`));
      const row = legend.find((r) => value >= r.lo && value <= r.hi)!;
      expect(hex((await path.getAttribute('fill'))!)).toEqual(row.rgb);
    }
  });

  test('in Chinese, the provinces are named in Chinese', async ({ page }) => {
    await page.goto(`${VIEW}&lang=zh`);
    await expect(page.getByRole('group', { name: /^中国各省地图：/ }).locator('path[data-code="420000"]')).toHaveAccessibleName(/^湖北，数值：/);
  });
});

/** Holds MapLibre's module until released: the page shows only its server-drawn map until then. */
async function holdMapLibre(page: Page): Promise<() => void> {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/maplibre-gl[^/]*\.mjs$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

for (const size of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
  { width: 320, height: 640 },
]) {
  test(`at ${size.width}×${size.height} the SVG is framed as the map's first camera and shows the same colours`, async ({ page }) => {
    await page.setViewportSize(size);
    // MapLibre waits until the SVG has been sampled: what a reader sees before the map takes over.
    const release = await holdMapLibre(page);
    await page.goto(VIEW);
    await page.locator('html[data-hydrated]').waitFor();
    const before = await svgPoints(page, SAMPLES);
    const svgColours = new Map<number, [number, number, number]>();
    for (const i of COLOUR_SAMPLES) svgColours.set(i, await colourAt(page, before[i]));
    release();
    await page.locator('html[data-map-shown]').waitFor({ state: 'attached', timeout: 45_000 });
    await expect(page.locator('.first-map-box')).toBeHidden();
    const projected = await mapPoints(page, SAMPLES);
    for (let i = 0; i < SAMPLES.length; i++) {
      // MapLibre drew each point where the SVG had it.
      expect(projected[i].x).toBeCloseTo(before[i].x, -0.5);
      expect(projected[i].y).toBeCloseTo(before[i].y, -0.5);
    }
    for (const [i, svgColour] of svgColours) {
      const mapColour = await colourAt(page, projected[i]);
      expect(near(mapColour, svgColour, 12), `colour at ${SAMPLES[i]}: svg ${svgColour}, map ${mapColour}`).toBe(true);
    }
  });
}

test('a link with its own camera (map=) is drawn from the same centre and zoom', async ({ page }) => {
  const release = await holdMapLibre(page);
  await page.goto(`${VIEW}&map=5.25/30.67/112.3`);
  const svg = await svgPoints(page, SAMPLES.slice(0, 2));
  release();
  await page.locator('html[data-map-shown]').waitFor({ state: 'attached', timeout: 45_000 });
  const map = await mapPoints(page, SAMPLES.slice(0, 2));
  for (let i = 0; i < svg.length; i++) {
    expect(map[i].x).toBeCloseTo(svg[i].x, -0.5);
    expect(map[i].y).toBeCloseTo(svg[i].y, -0.5);
  }
});

test('the page paints its first map before any of its scripts start', async ({ page, request }) => {
  // Kept by the server from here on: the kept page is the one whose scripts start after a frame.
  expect((await request.get(VIEW)).ok()).toBe(true);
  await page.addInitScript(() => {
    const w = window as unknown as { __order: { svg?: number; script?: number } };
    w.__order = {};
    new MutationObserver(() => {
      w.__order.svg ??= document.querySelector('.first-map svg path[data-code]') ? performance.now() : undefined;
      w.__order.script ??= document.querySelector('script[src^="/_next/"]:not([nomodule])') ? performance.now() : undefined;
    }).observe(document, { subtree: true, childList: true });
  });
  await page.goto(VIEW);
  await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
  const { svg, script, firstPaint } = await page.evaluate(() => ({
    ...(window as unknown as { __order: { svg: number; script: number } }).__order,
    firstPaint: performance.getEntriesByName('first-paint')[0]?.startTime,
  }));
  expect(svg).toBeLessThan(script);
  expect(firstPaint).toBeLessThan(script);
});

test('a view changed before MapLibre has drawn takes the server-drawn map away (it would show the old view)', async ({ page }) => {
  const release = await holdMapLibre(page);
  await page.goto(VIEW);
  await page.locator('html[data-hydrated]').waitFor();
  await expect(page.locator('.first-map-box')).toBeVisible();
  await page.getByLabel('Indicator').selectOption('population');
  await expect(page.locator('.first-map-box')).toBeHidden();
  release();
});

test('the handover shifts no layout (CLS at most 0.02)', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __cls: number };
    w.__cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) if (!e.hadRecentInput) w.__cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(VIEW);
  await page.locator('html[data-map-shown]').waitFor({ state: 'attached', timeout: 45_000 });
  await page.waitForTimeout(800);
  expect(await page.evaluate(() => (window as unknown as { __cls: number }).__cls)).toBeLessThanOrEqual(0.02);
});

for (const lang of ['en', 'zh'] as const) {
  test(`without WebGL the SVG stays as the map, with a notice (${lang})`, async ({ page }) => {
    await page.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
        return /webgl/.test(type) ? null : original.call(this, type as '2d', ...(rest as []));
      } as typeof original;
    });
    await page.goto(`${VIEW}${lang === 'zh' ? '&lang=zh' : ''}`);
    await expect(page.getByRole('status').filter({ hasText: lang === 'zh' ? '无法启动 WebGL' : 'could not start WebGL' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-map-static', 'true');
    await expect(page.locator('.first-map svg').first()).toBeVisible();
    await expect(page.locator('.first-map path[data-code]')).toHaveCount(31);
    await expect(page.locator('.first-map path[data-code]').first()).toHaveCSS('shape-rendering', 'auto');
    await expect(page.locator('.first-map path[data-land]').first()).toHaveCSS('shape-rendering', 'auto');
    // Its provinces still name their values on hover.
    await expect(page.locator('.first-map')).toHaveCSS('pointer-events', 'auto');
  });
}
