/**
 * On a phone (390×844, and down to 320 px): all of China in the first view, the controls folded into
 * a bar, a readable legend, a tapped province kept in view above the bottom sheet, and an
 * attribution clear of the scale bar. Asserted on boxes and the map's own projection, not pixels.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { waitForMapIdle } from './map-helpers';
import { CHINA_BOUNDS, type Bounds } from '../lib/map/default-view';
import { PROVINCE_BOUNDS } from '../lib/map/province-bounds';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A box on screen, in CSS pixels, as the map projects a lng/lat bounding box. */
const projected = (page: Page, [w, s, e, n]: Bounds) =>
  page.evaluate(
    ({ w, s, e, n }) => {
      const map = window.__map!;
      const [a, b] = [map.project([w, n]), map.project([e, s])];
      return { left: a.x, top: a.y, right: b.x, bottom: b.y };
    },
    { w, s, e, n },
  );

const box = async (page: Page, selector: string): Promise<Box> => (await page.locator(selector).first().boundingBox())!;
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

for (const size of [
  { width: 390, height: 844 },
  { width: 320, height: 640 },
]) {
  test.describe(`on a ${size.width}×${size.height} phone`, () => {
    test.use({ viewport: size, hasTouch: true, isMobile: true });

    test('the whole country fits the first view, below the bar, and the link stays without map=', async ({ page }) => {
      await page.goto('/');
      await waitForMapIdle(page);
      const bar = await box(page, '.side');
      expect(bar.y + bar.height, 'the bar leaves most of the map free').toBeLessThan(size.height * 0.3);
      const china = await projected(page, CHINA_BOUNDS);
      expect(china.left).toBeGreaterThanOrEqual(0);
      expect(china.right).toBeLessThanOrEqual(size.width);
      expect(china.top).toBeGreaterThanOrEqual(bar.y + bar.height);
      expect(china.bottom).toBeLessThanOrEqual(size.height);
      const bounds = await page.evaluate(() => window.__map!.getBounds().toArray().flat());
      const [w, s, e, n] = CHINA_BOUNDS;
      expect(bounds[0]).toBeLessThanOrEqual(w);
      expect(bounds[1]).toBeLessThanOrEqual(s);
      expect(bounds[2]).toBeGreaterThanOrEqual(e);
      expect(bounds[3]).toBeGreaterThanOrEqual(n);
      expect(new URL(page.url()).searchParams.has('map')).toBe(false);
    });

    test('keeps the link’s own map position', async ({ page }) => {
      await page.goto('/?map=5/30.6/114.3');
      await waitForMapIdle(page);
      const camera = await page.evaluate(() => ({ zoom: window.__map!.getZoom(), ...window.__map!.getCenter() }));
      expect(camera.zoom).toBeCloseTo(5, 5);
      expect(camera.lat).toBeCloseTo(30.6, 3);
      expect(camera.lng).toBeCloseTo(114.3, 3);
      expect(new URL(page.url()).searchParams.get('map')).toBe('5/30.6/114.3');
    });

    test('the controls fold into a bar that opens and closes from the keyboard', async ({ page }) => {
      await page.goto('/');
      const toggle = page.getByRole('button', { name: 'Controls' });
      await expect(toggle).toHaveAttribute('aria-expanded', 'false');
      await expect(page.getByLabel('Indicator')).toBeHidden();
      const closed = await box(page, '.side');
      await toggle.focus();
      await page.keyboard.press('Enter');
      await expect(toggle).toHaveAttribute('aria-expanded', 'true');
      await expect(page.getByLabel('Indicator')).toBeVisible();
      expect((await box(page, '.side')).height).toBeGreaterThan(closed.height);
      await page.keyboard.press('Enter');
      await expect(page.getByLabel('Indicator')).toBeHidden();
    });

    test('the legend stays readable: every class on screen, inside the bar, in type no smaller than 11 px', async ({ page }) => {
      await page.goto('/');
      const legend = page.getByRole('region', { name: 'Map legend' });
      await expect(legend.getByRole('heading')).toHaveText('GDP per capita, 2024');
      const bar = await box(page, '.side');
      const rows = legend.getByRole('listitem');
      await expect(rows).toHaveCount(6);
      for (const row of await rows.all()) {
        await expect(row).toBeInViewport({ ratio: 1 });
        const b = (await row.boundingBox())!;
        expect(b.y + b.height).toBeLessThanOrEqual(bar.y + bar.height);
        expect(b.x + b.width).toBeLessThanOrEqual(bar.x + bar.width);
        const fontSize = await row.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
        expect(fontSize).toBeGreaterThanOrEqual(11);
        // A class label on one line: not cut, not wrapped under its swatch.
        expect(b.height).toBeLessThan(fontSize * 2);
      }
    });

    test('a tapped province stays in view above the bottom sheet', async ({ page }) => {
      await page.goto('/');
      await waitForMapIdle(page);
      const hubei = await page.evaluate(() => window.__map!.project([112.3, 31.0]));
      await page.touchscreen.tap(hubei.x, hubei.y);
      const panel = page.getByRole('complementary', { name: 'Region details' });
      await expect(panel.getByRole('heading', { name: 'Hubei 湖北' })).toBeVisible();
      const sheet = await box(page, '.region-panel');
      expect(sheet.y + sheet.height).toBeCloseTo(size.height, 0);
      const bar = await box(page, '.side');
      await expect
        .poll(async () => {
          await waitForMapIdle(page);
          const b = await projected(page, PROVINCE_BOUNDS['420000']);
          return b.top >= bar.y + bar.height && b.bottom <= sheet.y && b.left >= 0 && b.right <= size.width;
        })
        .toBe(true);
      // The view it moved to is the link's now.
      await expect.poll(() => new URL(page.url()).searchParams.get('region')).toBe('420000');
      await expect.poll(() => new URL(page.url()).searchParams.has('map')).toBe(true);
    });

    test('the attribution does not overlap the scale bar, nor the zoom buttons anything', async ({ page }) => {
      await page.goto('/');
      await waitForMapIdle(page);
      const attribution = await box(page, '.maplibregl-ctrl-attrib');
      const scale = await box(page, '.maplibregl-ctrl-scale');
      expect(overlaps(attribution, scale)).toBe(false);
      // Nor do the zoom buttons cover the bar, the scale bar or the attribution.
      const zoom = await box(page, '.maplibregl-ctrl-group');
      for (const other of [await box(page, '.side'), scale, attribution]) expect(overlaps(zoom, other)).toBe(false);
      await expect(page.locator('.maplibregl-ctrl-attrib')).toBeInViewport({ ratio: 1 });
      await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('Natural Earth');
    });
  });
}
