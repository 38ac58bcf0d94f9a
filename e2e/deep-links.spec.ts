import { expect, test } from './fixtures';
import { waitForMapIdle } from './map-helpers';
import { expectStrictScriptPolicy } from './page-csp';

const legendTitle = (page: import('@playwright/test').Page) => page.getByRole('region', { name: 'Map legend' }).getByRole('heading');

test.describe('shareable views', () => {
  test('a view set through the UI comes back exactly from its URL', async ({ page, browser }) => {
    await page.goto('/');
    await waitForMapIdle(page);
    await page.getByLabel('Indicator').selectOption({ label: 'Urbanization rate' });
    await page.getByLabel('Classification').selectOption('ckmeans');
    await page.getByLabel('Region group').selectOption({ label: 'West' });
    await page.getByRole('checkbox', { name: 'Hu Line' }).check();
    await page.getByText('All provinces: Urbanization rate').click();
    await page.getByRole('button', { name: 'Sichuan 四川' }).click();
    await page.evaluate(() => window.__map!.jumpTo({ center: [104.07, 30.67], zoom: 5.25 }));
    await expect.poll(() => page.url()).toContain('map=5.25/30.67/104.07');
    const url = page.url();
    expect(url).toContain('indicator=urbanization');
    expect(url).toContain('region=510000');

    const fresh = await (await browser.newContext()).newPage();
    await fresh.goto(url);
    await expect(fresh.getByLabel('Indicator')).toHaveValue('urbanization');
    await expect(fresh.getByLabel('Classification')).toHaveValue('ckmeans');
    await expect(fresh.getByLabel('Region group')).toHaveValue('west');
    await expect(fresh.getByRole('checkbox', { name: 'Hu Line' })).toBeChecked();
    await expect(fresh.getByRole('complementary', { name: 'Region details' }).getByRole('heading', { name: 'Sichuan 四川' })).toBeVisible();
    await waitForMapIdle(fresh);
    const pos = await fresh.evaluate(() => ({ zoom: window.__map!.getZoom(), ...window.__map!.getCenter() }));
    expect(pos.zoom).toBeCloseTo(5.25, 2);
    expect(pos.lat).toBeCloseTo(30.67, 3);
    expect(pos.lng).toBeCloseTo(104.07, 3);
  });

  test('a province chosen while the map moves stays in the link with the new position, as one step back', async ({ page }) => {
    await page.goto('/?indicator=population');
    await waitForMapIdle(page);
    await page.getByText('All provinces: Population').click();
    const before = await page.evaluate(() => history.length);
    // The choice and a move of the map in one task: the choice's render and the move's are then committed apart.
    await page.evaluate(() => {
      const button = [...document.querySelectorAll<HTMLButtonElement>('.region-list button')].find((b) => b.textContent?.startsWith('Sichuan'));
      button!.click();
      window.__map!.jumpTo({ center: [104.07, 30.67], zoom: 5.25 });
    });
    await expect(page.getByRole('complementary', { name: 'Region details' }).getByRole('heading', { name: 'Sichuan 四川' })).toBeVisible();
    await expect.poll(() => page.url()).toContain('map=5.25/30.67/104.07');
    expect(page.url()).toContain('region=510000');
    expect(await page.evaluate(() => history.length)).toBe(before + 1);
    await page.goBack();
    await expect(page.getByRole('complementary', { name: 'Region details' })).toBeHidden();
    expect(page.url()).not.toContain('region=');
  });

  test('back and forward walk through the views', async ({ page }) => {
    await page.goto('/');
    await waitForMapIdle(page);
    await page.getByLabel('Indicator').selectOption({ label: 'Population' });
    await expect(legendTitle(page)).toHaveText(/^Population/);
    await page.getByLabel('Indicator').selectOption({ label: 'GDP' });
    await expect(legendTitle(page)).toHaveText(/^GDP, /);
    await page.goBack();
    await expect(legendTitle(page)).toHaveText(/^Population/);
    await page.goForward();
    await expect(legendTitle(page)).toHaveText(/^GDP, /);
  });

  test('a malformed link still opens, says what it ignored, and keeps the rest', async ({ page }) => {
    await page.goto('/?indicator=population&year=20x4&layers=rail-hubs,<script>&map=999/0/0&class=%00');
    await expect(page.getByRole('status').filter({ hasText: 'were not understood' })).toContainText('year=20x4');
    await expect(legendTitle(page)).toHaveText(/^Population/);
    await expect(page.getByRole('checkbox', { name: 'Rail hubs' })).toBeChecked();
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await expect(page.getByText('were not understood')).toBeHidden();
  });

  test('links that resolve to one view get its one kept page, and the browser still reports what each asked for', async ({ page, request }) => {
    const year = 2000 + Math.floor(Math.random() * 10); // a view no earlier test kept
    await request.get(`/?indicator=population&year=${year}`); // rendered, then kept
    const shown = await request.get(`/?indicator=population&year=${year}`);
    expect(shown.headers()['etag']).toBeTruthy();
    for (const link of [`/?year=${year}&indicator=population&indicator=population`, `/?indicator=population&year=${year}&class=%00`]) {
      const odd = await request.get(link);
      expect(odd.headers()['etag'], link).toBe(shown.headers()['etag']);
      expect(expectStrictScriptPolicy(odd.headers()['content-security-policy'], await odd.text()), link).toBe('hash');
    }
    await page.goto(`/?indicator=population&year=${year}&class=%00`);
    await expect(page.getByRole('status').filter({ hasText: 'were not understood' })).toContainText('class=');
    await expect.poll(() => new URL(page.url()).search).toBe(`?indicator=population&year=${year}`);
  });

  test('a link that only spells its view differently keeps the server-drawn view: nothing is drawn again', async ({ page }) => {
    // Its canonical spelling is view=gaps&year=2024&from=2005&lang=zh: the same view, nothing to report.
    await page.addInitScript(() => {
      const w = window as unknown as { __redrawn: number };
      w.__redrawn = 0;
      new MutationObserver((records) => {
        for (const r of records) {
          // Before hydration the server's stream swaps its own placeholders in: that is not a redraw.
          if ((r.target as Element).id !== 'view-stage' || !document.documentElement.hasAttribute('data-hydrated')) continue;
          for (const node of r.removedNodes) if (node.nodeType === Node.ELEMENT_NODE) w.__redrawn++;
        }
      }).observe(document, { subtree: true, childList: true });
    });
    await page.goto('/?view=gaps&lang=zh&from=2005&year=2024');
    await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
    const figure = page.getByRole('figure', { name: /^排名变化图/ });
    await expect(figure.locator('svg.recharts-surface')).toBeVisible();
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { __redrawn: number }).__redrawn), 'views drawn again after hydration').toBe(0);
    await expect(page.getByRole('status').filter({ hasText: '无法识别' })).toHaveCount(0);
    expect(new URL(page.url()).search).toBe('?view=gaps&lang=zh&from=2005&year=2024');
  });

  test('the page title names the view', async ({ page }) => {
    await page.goto('/?indicator=gdp_per_capita&year=2024&region=420000');
    await expect(page).toHaveTitle('GDP per capita, 2024 — Hubei · Hinterland');
  });
});

test.describe('details are links too', () => {
  test('the Hu Line’s details open from region=line:hu-line, with the line shown', async ({ page }) => {
    await page.goto('/?region=line:hu-line');
    await expect(page.locator('.selection-card h2')).toHaveText('Hu Line 胡焕庸线');
    await expect(page.getByRole('checkbox', { name: 'Hu Line' })).toBeChecked();
    await expect(page).toHaveTitle(/Hu Line/);
  });
});
