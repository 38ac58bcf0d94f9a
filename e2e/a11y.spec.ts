import { expect, test } from './fixtures';
import { seriousViolations } from './axe-helpers';
import { waitForMapIdle } from './map-helpers';

test.describe('accessibility', () => {
  test('the dashboard has no serious or critical axe violations', async ({ page }) => {
    await page.goto('/');
    await waitForMapIdle(page);
    await page.getByText('All provinces: GDP per capita, 2024').click();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('with the region panel open, neither', async ({ page }) => {
    await page.goto('/');
    await waitForMapIdle(page);
    await page.getByText('All provinces: GDP per capita, 2024').click();
    await page.getByRole('button', { name: 'Hubei 湖北' }).click();
    await expect(page.getByRole('figure', { name: 'Rank chart for Hubei' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('the Chinese view and the embed view, neither', async ({ page }) => {
    for (const url of ['/?lang=zh&region=420000', '/?embed=1&indicator=urbanization']) {
      await page.goto(url);
      await waitForMapIdle(page);
      expect(await seriousViolations(page), url).toEqual([]);
    }
  });
});
