/** Numbers read naturally wherever the page shows them (lib/indicators/format.ts); downloads keep the published unit. */
import { expect, test } from './fixtures';
import { waitForMapIdle } from './map-helpers';

test.describe('numbers that read naturally', () => {
  test('population and GDP read as people and yuan in the panel, legend, list and hover card; the CSV keeps 10,000 persons', async ({ page }) => {
    await page.goto('/?indicator=population&region=420000');
    const panel = page.getByRole('complementary', { name: 'Region details' });
    await expect(panel).toContainText('58.3 million people');
    await expect(panel).toContainText('5.96 trillion yuan');
    await expect(panel).not.toContainText('10,000 persons');
    await expect(panel.getByRole('figure', { name: /Trend chart/ })).toContainText('people');

    const legend = page.getByRole('region', { name: 'Map legend' });
    await expect(legend.locator('.unit')).toHaveText('people');
    await expect(legend.getByRole('listitem').first()).toContainText(/^\d[\d.]* million – \d[\d.]* million$/);

    await page.getByText('All provinces: Population, 2024').click();
    const row = page.locator('.region-list tr', { has: page.getByRole('button', { name: 'Hubei 湖北' }) });
    await expect(row.locator('td.num')).toHaveText('58.3 million people');

    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    await waitForMapIdle(page);
    const point = await page.evaluate(() => window.__map!.project([112.3, 31.0])); // inside Hubei
    await page.mouse.move(point.x, point.y);
    await expect(page.locator('.hover-card')).toContainText('Population, 2024: 58.3 million people');

    const csv = await (await page.request.get('/api/regions/420000?format=csv')).text();
    expect(csv).toContain('population,Population,2024,5834,"10,000 persons",');
    expect(csv).toContain('gdp,GDP,2024,59644.3,100 million yuan,');
  });

  test('in Chinese: 万人 and 万亿元', async ({ page }) => {
    await page.goto('/?indicator=population&region=420000&lang=zh');
    const panel = page.getByRole('complementary', { name: '地区详情' });
    await expect(panel).toContainText('5834万人');
    await expect(panel).toContainText('5.96万亿元');
    const legend = page.getByRole('region', { name: '地图图例' });
    await expect(legend.locator('.unit')).toHaveText('人');
    await expect(legend.getByRole('listitem').first()).toContainText(/^\d+万 – \d+万$/);
    await page.getByText('全部省份：年末常住人口，2024年').click();
    const row = page.locator('.region-list tr', { has: page.getByRole('button', { name: '湖北' }) });
    await expect(row.locator('td.num')).toHaveText('5834万人');
  });
});
