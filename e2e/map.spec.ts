import { expect, test, watchForeignRequests } from './fixtures';
import { expectStrictScriptPolicy } from './page-csp';
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

  // Every test runs with the host check of e2e/fixtures.ts; this one checks the check, in a context of its own.
  test('the host check around every test catches a request to another host', async ({ browser }) => {
    const context = await browser.newContext();
    const foreignOrigins = watchForeignRequests(context);
    const page = await context.newPage();
    await page.route('http://tracker.example/**', (route) => route.fulfill({ body: '' }));
    // From a blank page: the app's own pages would refuse the request by their CSP before it is made.
    await page.evaluate(() => fetch('http://tracker.example/pixel', { mode: 'no-cors' }));
    expect(foreignOrigins()).toEqual(['http://tracker.example']);
    await context.close();
  });

  test('shows the province under the pointer', async ({ page }) => {
    await page.goto('/');
    await waitForMapIdle(page);
    const point = await page.evaluate(() => window.__map!.project([112.3, 31.0])); // inside Hubei
    await page.mouse.move(point.x, point.y);
    await expect(page.locator('.hover-card')).toContainText('Hubei');
    await expect(page.locator('.hover-card')).toContainText('湖北');
  });

  test('is served with security headers and a strict script policy, its inline scripts by hash from the first reader on', async ({ request }) => {
    const path = `/?indicator=gdp&map=4/${(30 + Math.random()).toFixed(4)}/105`;
    const rendered = await request.get(path);
    const headers = rendered.headers();
    const csp = headers['content-security-policy'];
    expect(csp).toContain("frame-ancestors 'none'");
    expect(expectStrictScriptPolicy(csp, await rendered.text())).toBe('hash');
    const kept = await request.get(path);
    expect(expectStrictScriptPolicy(kept.headers()['content-security-policy'], await kept.text())).toBe('hash');
    expect(kept.headers().etag).toBe(headers.etag);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBeTruthy();
  });
});
