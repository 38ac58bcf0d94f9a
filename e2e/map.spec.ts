import { expect, test } from './fixtures';
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

  // Every test runs with the host check of e2e/fixtures.ts: it must fail a test whose page calls out.
  test.fail('the host check around every test catches a request to another host', async ({ page }) => {
    await page.route('http://tracker.example/**', (route) => route.fulfill({ body: '' }));
    await page.evaluate(() => fetch('http://tracker.example/pixel', { mode: 'no-cors' }));
  });

  test('shows the province under the pointer', async ({ page }) => {
    await page.goto('/');
    await waitForMapIdle(page);
    const point = await page.evaluate(() => window.__map!.project([112.3, 31.0])); // inside Hubei
    await page.mouse.move(point.x, point.y);
    await expect(page.locator('.hover-card')).toContainText('Hubei');
    await expect(page.locator('.hover-card')).toContainText('湖北');
  });

  test('is served with security headers and a nonce CSP without unsafe-eval or inline scripts', async ({ request }) => {
    const res = await request.get('/');
    const headers = res.headers();
    const csp = headers['content-security-policy'];
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-eval');
    const scriptSrc = csp.split('; ').find((d) => d.startsWith('script-src'))!;
    expect(scriptSrc).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
    expect(scriptSrc).not.toContain('unsafe-inline');
    const nonce = /'nonce-([^']+)'/.exec(scriptSrc)![1];
    expect(await res.text()).toContain(`nonce="${nonce}"`);
    // A fresh nonce on every request.
    expect((await request.get('/')).headers()['content-security-policy']).not.toBe(csp);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBeTruthy();
  });
});
