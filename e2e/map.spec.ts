import { expect, test } from '@playwright/test';
import { renderedValues, waitForMapIdle } from './map-helpers';

test.describe('the map page', () => {
  test('draws all 31 provinces on our own basemap, labelled in English and Chinese', async ({ page }) => {
    const consoleErrors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Hinterland' })).toBeVisible();
    await waitForMapIdle(page);

    expect(await renderedValues(page, 'provinces-fill', 'code')).toHaveLength(31);
    const labels = await renderedValues(page, 'province-labels', 'name_zh');
    expect(labels.length).toBeGreaterThan(20);
    expect(labels).toContain('湖北');
    expect(await renderedValues(page, 'country-labels', 'name')).toContain('Mongolia');
    await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('Natural Earth');
    expect(consoleErrors).toEqual([]);
  });

  test('makes no request to any other host', async ({ page, baseURL }) => {
    const origins = new Set<string>();
    page.on('request', (r) => origins.add(new URL(r.url()).origin));
    await page.goto('/');
    await waitForMapIdle(page);
    // Zoom in so city labels, rivers and more glyph ranges are fetched too.
    await page.evaluate(() => window.__map!.jumpTo({ center: [114.3, 30.6], zoom: 6.5 }));
    await waitForMapIdle(page);
    expect([...origins].filter((o) => !o.startsWith('data:') && !o.startsWith('blob:'))).toEqual([new URL(baseURL!).origin]);
  });

  test('shows the province under the pointer', async ({ page }) => {
    await page.goto('/');
    await waitForMapIdle(page);
    const point = await page.evaluate(() => window.__map!.project([112.3, 31.0])); // inside Hubei
    await page.mouse.move(point.x, point.y);
    await expect(page.locator('.hover-card')).toContainText('Hubei');
    await expect(page.locator('.hover-card')).toContainText('湖北');
  });

  test('is served with security headers and a CSP without unsafe-eval', async ({ request }) => {
    const res = await request.get('/');
    const headers = res.headers();
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['content-security-policy']).not.toContain('unsafe-eval');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBeTruthy();
  });
});
