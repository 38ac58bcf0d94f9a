import type { Page, Request } from '@playwright/test';
import { expect, test } from './fixtures';
import { apiValues, mapValues, waitForMapIdle } from './map-helpers';

const legendTitle = (page: Page) => page.getByRole('region', { name: 'Map legend' }).getByRole('heading');

const isPanel = (url: string) => /^\/api\/panel\/v\/[\w-]{22}$/.test(new URL(url).pathname);

/** Loads the map and waits until the page has fetched the values panel and read it. */
async function loadedWithPanel(page: Page) {
  const panel = page.waitForResponse((r) => isPanel(r.url()));
  await page.goto('/?indicator=gdp_per_capita&year=2024');
  await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
  await waitForMapIdle(page);
  const response = await panel;
  await response.finished();
  // The response parsed and handed to the page's state: two frames later.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return response;
}

/** Every request the page makes from now on. */
function recordRequests(page: Page): Request[] {
  const requests: Request[] = [];
  page.on('request', (r) => requests.push(r));
  return requests;
}

test.describe('after the first paint', () => {
  test('the values panel comes once, from its immutable URL, and switches and scrubs ask for nothing', async ({ page }) => {
    const all = recordRequests(page);
    const panel = await loadedWithPanel(page);
    expect(panel.status()).toBe(200);
    expect(await panel.headerValue('cache-control')).toBe('public, max-age=31536000, immutable');

    const later = recordRequests(page);
    await page.getByLabel('Indicator').selectOption({ label: 'Population' });
    await expect(legendTitle(page)).toHaveText('Population, 2024');
    const slider = page.getByRole('slider', { name: 'Year' });
    await slider.focus();
    await page.keyboard.press('Home');
    await expect(legendTitle(page)).toHaveText('Population, 2000');
    for (let year = 2001; year <= 2010; year++) {
      await page.keyboard.press('ArrowRight');
      await expect(legendTitle(page)).toHaveText(`Population, ${year}`);
    }
    await page.getByLabel('Indicator').selectOption({ label: 'Disposable income per capita' });
    await expect(legendTitle(page)).toHaveText(/^Disposable income per capita, \d{4}$/);
    await page.getByLabel('Indicator').selectOption({ label: 'Population' });
    await expect(legendTitle(page)).toHaveText('Population, 2010');

    // The map shows what the API serves, read from the panel the page already had.
    await expect.poll(() => mapValues(page)).toEqual(await apiValues(page, 'population', 2010));
    const api = later.map((r) => new URL(r.url()).pathname).filter((p) => p.startsWith('/api/'));
    expect(api, 'data requests after the panel arrived').toEqual([]);
    expect(
      all.filter((r) => isPanel(r.url())),
      'panel requests',
    ).toHaveLength(1);
  });

  test('the code for later clicks waits for the map: nothing is prefetched while its tiles are still coming', async ({ page }) => {
    // The province tiles are held back, so the map cannot be drawn until the test lets them go.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/tiles/provinces/**', async (route) => {
      await released;
      await route.continue();
    });
    // The page's own code (MapLibre and its worker are the map's, and come from elsewhere).
    const scripts: string[] = [];
    page.on('request', (r) => {
      const path = new URL(r.url()).pathname;
      if (r.resourceType() === 'script' && path.startsWith('/_next/static/')) scripts.push(path);
    });
    await page.goto('/?indicator=gdp_per_capita&year=2024');
    await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
    await page.waitForLoadState('load');
    const atLoad = scripts.length;
    // Well past the idle callback's 2 s timeout, which is all the prefetch used to wait for.
    await page.waitForTimeout(3500);
    expect(scripts.slice(atLoad), 'scripts fetched after load while the map was not drawn').toEqual([]);
    await expect(page.locator('html[data-map-shown]')).toHaveCount(0);

    release();
    await page.locator('html[data-map-shown]').waitFor({ state: 'attached' });
    await expect.poll(() => scripts.length, { message: 'the prefetch once the map is drawn' }).toBeGreaterThan(atLoad);
  });

  test('a province click needs no code fetched: its charts were prefetched while idle', async ({ page }) => {
    // Init scripts run before <html> exists: the whole document is watched for the attribute.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.documentElement?.hasAttribute('data-map-shown')) return;
        (window as unknown as { __mapShownAt: number }).__mapShownAt = performance.now();
        observer.disconnect();
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-map-shown'] });
    });
    await loadedWithPanel(page);
    // The prefetch runs once the map is drawn and the browser is idle: wait for scripts started after
    // the map was shown, then for a second without a new one.
    const prefetched = () =>
      page.evaluate(() => {
        const shownAt = (window as unknown as { __mapShownAt?: number }).__mapShownAt;
        if (shownAt === undefined) return 0;
        return performance.getEntriesByType('resource').filter((e) => (e as PerformanceResourceTiming).initiatorType === 'script' && e.startTime > shownAt)
          .length;
      });
    let seen = -1;
    await expect
      .poll(
        async () => {
          const now = await prefetched();
          const settled = now > 0 && now === seen;
          seen = now;
          return settled;
        },
        { intervals: [1000], message: 'the prefetch, fetched and settled' },
      )
      .toBe(true);
    const later = recordRequests(page);
    await page.getByText('All provinces: GDP per capita, 2024').click();
    await page.getByRole('button', { name: 'Hubei 湖北' }).click();
    const panel = page.getByRole('complementary', { name: 'Region details' });
    await expect(panel.getByRole('figure', { name: /Trend chart: Hubei/ })).toBeVisible();
    expect(later.filter((r) => r.resourceType() === 'script').map((r) => r.url())).toEqual([]);
  });

  test('a province click asks for no series: its panel reads them from the values panel, and the idle warm-up of its charts leaves nothing behind', async ({
    page,
  }) => {
    // The hidden warm-up drawing of the panel's charts, as the page saw it.
    await page.addInitScript(() => {
      const seen = { drawn: false };
      (window as unknown as { __warmUp: typeof seen }).__warmUp = seen;
      new MutationObserver(() => {
        if (document.querySelector('.charts-warm-up .recharts-line-curve')) seen.drawn = true;
      }).observe(document, { subtree: true, childList: true });
    });
    await loadedWithPanel(page);
    await expect.poll(() => page.evaluate(() => (window as unknown as { __warmUp: { drawn: boolean } }).__warmUp.drawn)).toBe(true);
    await expect(page.locator('.charts-warm-up')).toHaveCount(0);
    // A reader who looks at the map a while first: past SWR's two-second deduping of the prefetched series, which must not be fetched again.
    await page.waitForTimeout(2500);

    const later = recordRequests(page);
    await page.getByText('All provinces: GDP per capita, 2024').click();
    await page.getByRole('button', { name: 'Hubei 湖北' }).click();
    const panel = page.getByRole('complementary', { name: 'Region details' });
    await expect(panel.getByRole('figure', { name: /Trend chart: Hubei/ })).toBeVisible();
    await expect(panel.getByRole('figure', { name: 'Rank chart for Hubei' })).toBeVisible();
    // The trend chart draws the shared series it already had.
    await expect(panel.getByRole('figure', { name: /^Trend chart: Hubei, China, .+ region, Coastal, Inland$/ })).toBeVisible();
    // Hovering over other provinces and opening a second one asks for nothing either.
    await page.getByRole('button', { name: 'Close region details' }).click();
    await page.getByRole('button', { name: 'Sichuan 四川' }).click();
    await expect(panel.getByRole('figure', { name: 'Rank chart for Sichuan' })).toBeVisible();
    const api = later.map((r) => new URL(r.url()).pathname).filter((p) => p.startsWith('/api/'));
    expect(api, 'data requests after the panel arrived').toEqual([]);
  });

  test('without the values panel, a province’s panel fetches its series and draws the same charts', async ({ page }) => {
    await page.route(/\/api\/panel\/v\//, (route) => route.abort());
    const later = recordRequests(page);
    await page.goto('/?indicator=gdp_per_capita&year=2024');
    await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
    await page.getByText('All provinces: GDP per capita, 2024').click();
    await page.getByRole('button', { name: 'Hubei 湖北' }).click();
    const panel = page.getByRole('complementary', { name: 'Region details' });
    await expect(panel.getByRole('figure', { name: /^Trend chart: Hubei, China, .+ region, Coastal, Inland$/ })).toBeVisible();
    await expect(panel.getByRole('figure', { name: 'Rank chart for Hubei' })).toBeVisible();
    const series = later.map((r) => new URL(r.url()).pathname).filter((p) => p.startsWith('/api/regions/'));
    expect(series).toEqual(expect.arrayContaining(['/api/regions/420000', '/api/regions/100000', '/api/regions/central']));
  });
});
