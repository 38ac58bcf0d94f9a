import { expect, test } from './fixtures';
import { waitForMapIdle } from './map-helpers';

test.describe('region details', () => {
  test('choosing a province from the list opens its panel with charts and sources', async ({ page }) => {
    await page.goto('/');
    await waitForMapIdle(page);
    await page.getByText('All provinces: GDP per capita, 2024').click();
    await page.getByRole('button', { name: 'Hubei 湖北' }).click();
    const panel = page.getByRole('complementary', { name: 'Region details' });
    await expect(panel.getByRole('heading', { name: 'Hubei 湖北' })).toBeVisible();
    const trend = panel.getByRole('figure', { name: /Trend chart: Hubei, China, Central region, Coastal, Inland/ });
    await expect(trend).toBeVisible();
    // Years without a published GDP per capita are drawn apart, as estimates, and say so.
    await expect(trend.getByText('Hubei (estimate)')).toBeVisible();
    await expect(trend).toContainText('Dashed: estimated by Hinterland');
    await expect(panel.getByRole('figure', { name: 'Rank chart for Hubei' })).toBeVisible();
    await expect(panel.getByRole('figure', { name: 'Rank chart for Hubei' })).toContainText('Dashed: years whose ranking rests on estimated values');
    await expect(panel.getByRole('figure', { name: /Profile chart/ })).toBeVisible();
    await expect(panel).toContainText('102,832 yuan');
    await expect(panel.getByText(/Sources of every number/)).toBeVisible();
    const download = panel.getByRole('link', { name: 'Download every indicator for Hubei (CSV)' });
    await expect(download).toHaveAttribute('href', '/api/regions/420000?format=csv');
    const csv = await page.request.get('/api/regions/420000?format=csv');
    expect(await csv.text()).toContain('gdp_per_capita,GDP per capita,2024,102832,yuan,');
    // The list selection highlights the same province on the map.
    await expect
      .poll(() => page.evaluate(() => window.__map!.getFeatureState({ source: 'layer:provinces', sourceLayer: 'provinces', id: '420000' }).selected))
      .toBe(true);
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
  });

  test('from the keyboard: focus moves into the opened panel, and Escape brings it back to what opened it', async ({ page }) => {
    await page.goto('/');
    await waitForMapIdle(page);
    await page.getByText('All provinces: GDP per capita, 2024').click();
    const hubei = page.getByRole('button', { name: 'Hubei 湖北' });
    await hubei.focus();
    await page.keyboard.press('Enter');
    const panel = page.getByRole('complementary', { name: 'Region details' });
    await expect(panel.getByRole('heading', { name: 'Hubei 湖北' })).toBeVisible();
    await expect(panel).toBeFocused();
    await page.keyboard.press('Tab');
    expect(await panel.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    await expect(hubei).toBeFocused();
  });

  test('from the map, a province is found by typing its name, in either language or pinyin', async ({ page }) => {
    await page.goto('/?lang=zh');
    await waitForMapIdle(page);
    const find = page.getByRole('combobox', { name: '查找省份或地区' });
    await find.focus();
    await page.keyboard.type('gansu');
    await expect(page.getByRole('option', { name: /甘肃/ })).toBeVisible();
    await page.keyboard.press('Enter');
    const panel = page.getByRole('complementary', { name: '地区详情' });
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText(/甘肃/);
    await expect(panel).toBeFocused();
    await expect.poll(() => new URL(page.url()).searchParams.get('region')).toBe('620000');
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    await expect(find).toBeFocused();
  });

  test('another place can be set beside the region, kept in the link, and goes when the panel closes', async ({ page }) => {
    await page.goto('/?region=620000&compare=320000');
    const panel = page.getByRole('complementary', { name: 'Region details' });
    await expect(panel.getByRole('figure', { name: /Trend chart: Gansu, China, West region, Coastal, Inland, Jiangsu/ })).toBeVisible();
    await expect(panel.getByLabel('Compare with')).toHaveValue('320000');
    await panel.getByLabel('Compare with').selectOption({ label: 'Yangtze River Economic Belt' });
    await expect.poll(() => page.url()).toContain('compare=yangtze');
    await expect(panel.getByRole('figure', { name: /Trend chart: .*Yangtze River Economic Belt/ })).toBeVisible();
    // Places already on the chart are not offered twice.
    await expect(panel.getByLabel('Compare with').locator('option', { hasText: 'Coastal' })).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    await expect.poll(() => page.url()).not.toContain('compare=');
  });

  test('clicking a province on the map opens the same panel', async ({ page }) => {
    await page.goto('/');
    await waitForMapIdle(page);
    const p = await page.evaluate(() => window.__map!.project([106.5, 29.6])); // Chongqing
    await page.mouse.click(p.x, p.y);
    await expect(page.getByRole('complementary', { name: 'Region details' }).getByRole('heading', { name: 'Chongqing 重庆' })).toBeVisible();
  });

  test('once the charts’ code is in, a click on a province paints its charts in the frame that opens the panel', async ({ page }) => {
    // Their code comes while the page is idle, and they are then drawn once, hidden, and removed (components/data/when-idle.ts).
    await page.addInitScript(() => {
      new MutationObserver((records, observer) => {
        const gone = records.some((r) => [...r.removedNodes].some((n) => n instanceof Element && n.classList.contains('charts-warm-up')));
        if (!gone) return;
        document.documentElement.dataset.testChartsWarm = 'true';
        observer.disconnect();
      }).observe(document, { subtree: true, childList: true });
    });
    await page.goto('/');
    await waitForMapIdle(page);
    await page.locator('html[data-test-charts-warm]').waitFor({ state: 'attached' });
    // What the first frame after the click is about to paint, read in its animation-frame callback (after the click's own work).
    const firstFrame = page.evaluate(
      () =>
        new Promise<{ heading: string; trendLines: number; rankLines: number }>((resolve) =>
          document.addEventListener(
            'click',
            () =>
              requestAnimationFrame(() => {
                const figure = (name: string) => document.querySelector(`.region-panel figure[aria-label^="${name}"]`);
                resolve({
                  heading: document.querySelector('.region-panel h2')?.textContent ?? '',
                  trendLines: figure('Trend chart')?.querySelectorAll('.recharts-line-curve').length ?? 0,
                  rankLines: figure('Rank chart')?.querySelectorAll('.recharts-line-curve').length ?? 0,
                });
              }),
            { once: true, capture: true },
          ),
        ),
    );
    const p = await page.evaluate(() => window.__map!.project([112.3, 31.0])); // Hubei
    await page.mouse.click(p.x, p.y);
    const drawn = await firstFrame;
    expect(drawn.heading).toContain('Hubei');
    // Hubei, China, the Central region, Coastal and Inland, and Hubei's estimated years.
    expect(drawn.trendLines).toBeGreaterThanOrEqual(5);
    expect(drawn.rankLines).toBeGreaterThanOrEqual(1);
  });

  test('the list sorts by name and by value', async ({ page }) => {
    await page.goto('/');
    await page.getByText('All provinces: GDP per capita, 2024').click();
    const firstRow = () => page.locator('.region-list tbody tr').first().innerText();
    await expect.poll(firstRow).toContain('Beijing'); // highest GDP per capita first
    await page.getByRole('button', { name: /^Province/ }).click();
    await expect.poll(firstRow).toContain('Anhui');
    await page.getByRole('button', { name: /^Value/ }).click();
    await expect.poll(firstRow).toContain('Beijing');
  });
});

test('the question opens the inequality view, which answers from the data', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Are gaps starting to close?' }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBe('gaps');
  const stage = page.locator('#view-stage');
  await expect(stage.getByRole('heading', { name: 'Are gaps closing? GDP per capita, 2005–2024' })).toBeVisible();
  await expect(stage).toContainText(/the spread of GDP per capita across the 31 provinces fell from 0\.\d+ in 2005 to 0\.\d+ in 2024/);
  await expect(stage.getByRole('figure', { name: /Line chart: coefficient of variation and Gini coefficient/ })).toBeVisible();
  await expect(stage).toContainText('include values estimated by Hinterland');
});

test('a group opens with its members and their values', async ({ page }) => {
  await page.goto('/?region=west');
  const panel = page.getByRole('complementary', { name: 'Region details' });
  await expect(panel.getByRole('heading', { name: 'West 西部' })).toBeVisible();
  await expect(panel.getByRole('heading', { name: /Members, GDP per capita 2024/ })).toBeVisible();
  await expect(panel.locator('.members-table tr')).toHaveCount(12);
});

test('an East–West pair shows the partners’ gap over time', async ({ page }) => {
  await page.goto('/?layers=collaboration-pairs');
  await waitForMapIdle(page);
  await page.getByRole('list', { name: 'East–West pairs legend' }).waitFor();
  await waitForMapIdle(page);
  const point = await page.evaluate(() => {
    const f = window.__map!.queryRenderedFeatures({ layers: ['collaboration-pairs-line'] }).find((x) => x.properties?.east_code === '310000')!;
    const coords = (f.geometry as GeoJSON.LineString).coordinates;
    return window.__map!.project(coords[Math.floor(coords.length / 2)] as [number, number]);
  });
  await page.mouse.click(point.x, point.y);
  const card = page.getByRole('complementary', { name: 'Selection details' });
  await expect(card.getByRole('heading', { name: 'Shanghai → Yunnan' })).toBeVisible();
  await expect(card).toContainText(/GDP per capita was \d+\.\d× Yunnan’s/);
  await expect(card.getByRole('figure', { name: /Trend chart: Shanghai, Yunnan/ })).toBeVisible();
});
