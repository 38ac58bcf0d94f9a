import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { apiValues, mapValues, waitForMapIdle } from './map-helpers';

const legendTitle = (page: Page) => page.getByRole('region', { name: 'Map legend' }).getByRole('heading');

test.describe('the choropleth', () => {
  test('colours the provinces by GDP per capita 2024 with exactly the API values', async ({ page }) => {
    await page.goto('/');
    await waitForMapIdle(page);
    await expect(legendTitle(page)).toHaveText('GDP per capita, 2024');
    await expect.poll(async () => Object.keys(await mapValues(page)).length).toBe(31);
    expect(await mapValues(page)).toEqual(await apiValues(page, 'gdp_per_capita', 2024));
  });

  test('switching indicator and year recolours the map and the legend', async ({ page }) => {
    await page.goto('/');
    await waitForMapIdle(page);
    await page.getByLabel('Indicator').selectOption({ label: 'Population' });
    await expect(legendTitle(page)).toHaveText('Population, 2024');
    await expect.poll(() => mapValues(page)).toEqual(await apiValues(page, 'population', 2024));

    const slider = page.getByRole('slider', { name: 'Year' });
    await slider.focus();
    // Home: the first year with any provincial figure (2000, for 11 provinces; the rest show no data).
    await page.keyboard.press('Home');
    await expect(legendTitle(page)).toHaveText('Population, 2000');
    await expect.poll(() => mapValues(page)).toEqual(await apiValues(page, 'population', 2000));
    await page.keyboard.press('ArrowRight');
    await expect(legendTitle(page)).toHaveText('Population, 2001');
  });

  test('the legend says when the values shown are estimates, and when they are modeled', async ({ page }) => {
    await page.goto('/?indicator=gdp_per_capita&year=2010');
    const legend = page.getByRole('region', { name: 'Map legend' });
    await expect(legend).toContainText('31 values are estimated by Hinterland');
    await page.goto('/?indicator=gdp_per_capita&year=2024');
    await expect(legend).not.toContainText('estimated');
    await page.goto('/?indicator=nightlight_mean&year=2024');
    await expect(legend).toContainText('Modeled by Hinterland, not published statistics');
  });

  test('changing the classification changes the bins of both legend and map', async ({ page }) => {
    await page.goto('/');
    await waitForMapIdle(page);
    const legendRows = () => page.getByRole('region', { name: 'Map legend' }).getByRole('listitem').allInnerTexts();
    // Each province's colour is feature-state (the fill expression itself never changes).
    const fill = () =>
      page.evaluate(() =>
        JSON.stringify(
          ['110000', '420000', '510000', '620000', '650000'].map(
            (id) => window.__map!.getFeatureState({ source: 'layer:provinces', sourceLayer: 'provinces', id }).color,
          ),
        ),
      );
    await expect.poll(async () => (await legendRows()).length).toBeGreaterThan(2);
    const [rowsBefore, fillBefore] = [await legendRows(), await fill()];
    await page.getByLabel('Classification').selectOption('equal');
    await expect.poll(legendRows).not.toEqual(rowsBefore);
    await expect.poll(fill).not.toEqual(fillBefore);
    expect(await legendRows()).toContain('No data');
  });

  test('play walks through the years', async ({ page }) => {
    await page.goto('/');
    await waitForMapIdle(page);
    await page.getByLabel('Indicator').selectOption({ label: 'Disposable income per capita' });
    const slider = page.getByRole('slider', { name: 'Year' });
    await slider.focus();
    await page.keyboard.press('Home');
    const first = await legendTitle(page).innerText();
    await page.getByRole('button', { name: 'Play' }).click();
    await expect(legendTitle(page)).not.toHaveText(first, { timeout: 5000 });
    await page.getByRole('button', { name: 'Pause' }).click();
  });
});
