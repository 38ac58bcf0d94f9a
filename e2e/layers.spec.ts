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
    // The plain and the versioned URL of the layer (/api/layers/rail-hubs/v/…).
    await page.route(/\/api\/layers\/rail-hubs(\/|\?|$)/, (route) =>
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

test.describe('the nightlight proxy', () => {
  // Cell 3328 of the 0.5° grid: 112–112.5°E, 31–31.5°N, in Hubei.
  const CELL = { id: '3328', lngLat: [112.3, 31.2] as [number, number], name: 'Nightlight cell at 31.25°N 112.25°E, Hubei' };

  test('leads the legend, names its cells’ province, and a cell’s details are a link', async ({ page, browser, baseURL }) => {
    await page.goto('/?indicator=urbanization&year=2010&layers=nightlights');
    await waitForMapIdle(page);
    const legend = page.getByRole('region', { name: 'Map legend' });
    await expect(legend).toContainText('Map colours now: Nightlight proxy, 2010');
    await expect(legend.getByRole('heading').last()).toHaveText(/^Urbanization rate, 2010/);

    const point = await page.evaluate((lngLat) => window.__map!.project(lngLat), CELL.lngLat);
    await page.mouse.move(point.x, point.y);
    await expect(page.locator('.hover-card')).toContainText(CELL.name);
    await page.mouse.click(point.x, point.y);
    const card = page.getByRole('complementary', { name: 'Selection details' });
    await expect(card.getByRole('heading', { level: 2 })).toHaveText(CELL.name);
    await expect.poll(() => new URL(page.url()).searchParams.get('region')).toBe(`cell:${CELL.id}`);
    await expect(page).toHaveTitle(new RegExp(`— ${CELL.name} · Hinterland$`));
    const brightness = await card.getByText(/^Brightness /).textContent();
    expect(brightness).toMatch(/^Brightness [\d.]+ in 2010/);

    // Opened from the link alone, the same cell with the same figure, and the same title from the server.
    const other = await browser.newPage();
    await other.goto(`${baseURL}${new URL(page.url()).pathname}${new URL(page.url()).search}`);
    await expect(other).toHaveTitle(new RegExp(`— ${CELL.name} · Hinterland$`));
    const linked = other.getByRole('complementary', { name: 'Selection details' });
    await expect(linked.getByRole('heading', { level: 2 })).toHaveText(CELL.name);
    await expect(linked.getByText(/^Brightness /)).toHaveText(brightness!);
    await other.close();
  });
});
