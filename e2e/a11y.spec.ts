import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { waitForMapIdle } from './map-helpers';

const serious = (violations: Array<{ impact?: string | null; id: string; nodes: unknown[] }>) =>
  violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.nodes.length})`);

test.describe('accessibility', () => {
  test('the dashboard has no serious or critical axe violations', async ({ page }) => {
    await page.goto('/');
    await waitForMapIdle(page);
    await page.getByText('All provinces: GDP per capita, 2024').click();
    const results = await new AxeBuilder({ page }).analyze();
    expect(serious(results.violations)).toEqual([]);
  });

  test('with the region panel open, neither', async ({ page }) => {
    await page.goto('/');
    await waitForMapIdle(page);
    await page.getByText('All provinces: GDP per capita, 2024').click();
    await page.getByRole('button', { name: 'Hubei 湖北' }).click();
    await expect(page.getByRole('figure', { name: 'Rank chart for Hubei' })).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(serious(results.violations)).toEqual([]);
  });

  test('the Chinese view and the embed view, neither', async ({ page }) => {
    for (const url of ['/?lang=zh&region=420000', '/?embed=1&indicator=urbanization']) {
      await page.goto(url);
      await waitForMapIdle(page);
      const results = await new AxeBuilder({ page }).analyze();
      expect(serious(results.violations), url).toEqual([]);
    }
  });
});
