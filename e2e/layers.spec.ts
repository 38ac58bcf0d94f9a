import { expect, test } from './fixtures';
import { renderedValues, showLayer, waitForMapIdle } from './map-helpers';

const OVERLAYS = [
  { title: 'Nightlight proxy', styleLayer: 'nightlights-fill', min: 100 },
  { title: 'Hu Line', styleLayer: 'hu-line-line', min: 1 },
  { title: 'City clusters', styleLayer: 'city-clusters-fill', min: 15 },
  { title: 'Rail hubs', styleLayer: 'rail-hubs-circle', min: 25 },
  { title: 'East–West pairs', styleLayer: 'collaboration-pairs-line', min: 11 },
  { title: 'Focus cities', styleLayer: 'focus-cities-circle', min: 3 },
];

const renderedCount = (page: import('@playwright/test').Page, layer: string, property: string) =>
  page.evaluate(({ layer, property }) => new Set(window.__map!.queryRenderedFeatures({ layers: [layer] }).map((f) => f.properties?.[property])).size, {
    layer,
    property,
  });

test.describe('thematic layers', () => {
  test('each checkbox draws its layer and shows its legend', async ({ page }) => {
    await page.goto('/');
    await waitForMapIdle(page);
    for (const { title, styleLayer, min } of OVERLAYS) {
      const box = page.getByRole('checkbox', { name: title });
      await box.check();
      await expect(page.getByRole('list', { name: `${title} legend` })).toBeVisible();
      await waitForMapIdle(page);
      expect(await renderedCount(page, styleLayer, 'id'), title).toBeGreaterThanOrEqual(min);
      await box.uncheck();
      await waitForMapIdle(page);
      expect(await page.evaluate((l) => window.__map!.getLayoutProperty(l, 'visibility'), styleLayer)).toBe('none');
    }
  });

  test('labels modeled, schematic and reference layers as such', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('[data-layer="city-clusters"] .layer-kind')).toHaveText('schematic outlines');
    await expect(page.locator('[data-layer="hu-line"] .layer-kind')).toHaveText('reference line');
    await expect(page.locator('[data-layer="nightlights"] .layer-kind')).toHaveText('modeled proxy');
    await page.getByRole('checkbox', { name: 'Nightlight proxy' }).check();
    await expect(page.getByRole('note')).toContainText('not satellite data');
  });

  test('a failing layer shows its error and a retry while the rest keeps working', async ({ page }) => {
    let fail = true;
    await page.route('**/api/layers/rail-hubs*', (route) =>
      fail ? route.fulfill({ status: 503, contentType: 'application/json', body: '{"error":"unavailable","message":"try again later"}' }) : route.continue(),
    );
    await page.goto('/');
    await waitForMapIdle(page);
    await page.getByRole('checkbox', { name: 'Rail hubs' }).check();
    const alert = page.locator('[data-layer="rail-hubs"] [role="alert"]');
    await expect(alert).toContainText('Rail hubs could not be loaded: try again later');
    await showLayer(page, 'Focus cities');
    expect(await renderedCount(page, 'focus-cities-circle', 'id')).toBe(3);
    fail = false;
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByRole('list', { name: 'Rail hubs legend' })).toBeVisible();
    await waitForMapIdle(page);
    expect(await renderedCount(page, 'rail-hubs-circle', 'id')).toBeGreaterThanOrEqual(25);
  });

  test('clicking a focus city selects it and shows its cited facts', async ({ page }) => {
    await page.goto('/');
    await waitForMapIdle(page);
    await showLayer(page, 'Focus cities');
    const wuhan = await page.evaluate(() => {
      const f = window.__map!.queryRenderedFeatures({ layers: ['focus-cities-circle'] }).find((x) => x.properties?.id === 'wuhan')!;
      return window.__map!.project((f.geometry as GeoJSON.Point).coordinates as [number, number]);
    });
    await page.mouse.move(wuhan.x, wuhan.y);
    await expect(page.getByRole('tooltip')).toContainText('Wuhan');
    await page.mouse.click(wuhan.x, wuhan.y);
    const card = page.getByRole('complementary', { name: 'Selection details' });
    await expect(card.getByRole('heading', { name: 'Wuhan 武汉' })).toBeVisible();
    await expect(card).toContainText('Optics Valley');
    await expect(card.getByRole('heading', { name: 'Sources' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(card).toBeHidden();
  });
});

test('temporal layers follow the timeline', async ({ page }) => {
  await page.goto('/?indicator=gdp&year=2008');
  await waitForMapIdle(page);
  await showLayer(page, 'Rail hubs');
  const hubs = () => page.evaluate(() => new Set(window.__map!.querySourceFeatures('layer:rail-hubs').map((f) => f.properties?.id)).size);
  const in2008 = await hubs();
  expect(in2008).toBeGreaterThan(0);
  await page.getByRole('slider', { name: 'Year' }).focus();
  await page.keyboard.press('End'); // 2024
  await expect.poll(hubs).toBeGreaterThan(in2008);
  await showLayer(page, 'Nightlight proxy');
  await expect.poll(() => page.evaluate(() => JSON.stringify(window.__map!.getPaintProperty('nightlights-fill', 'fill-color')))).toContain('b2024');
});

test.describe('temporal layers keep their own years', () => {
  test('with the rail hubs on, the timeline reaches 2025 and Chongqing East appears; the colours say which year they show', async ({ page }) => {
    await page.goto('/?layers=rail-hubs&year=2025');
    await waitForMapIdle(page);
    await expect(page.locator('.controls output')).toHaveText('2025');
    await expect(page.locator('.map-year-note')).toContainText('coloured with 2024');
    await expect.poll(() => renderedValues(page, 'rail-hubs-circle', 'id')).toContain('chongqing-east');
    // No notice: 2025 is a year of this view.
    await expect(page.getByRole('status').filter({ hasText: 'nearest year with data' })).toHaveCount(0);
    // Turning the layer off brings the year back to the indicator's.
    await page.getByRole('checkbox', { name: 'Rail hubs' }).uncheck();
    await expect.poll(() => new URL(page.url()).searchParams.get('year')).toBe('2024');
  });
});
