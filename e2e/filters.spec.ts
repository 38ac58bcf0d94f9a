import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { waitForMapIdle } from './map-helpers';

const dimmed = (page: Page, code: string) =>
  page.evaluate((c) => window.__map!.getFeatureState({ source: 'layer:provinces', sourceLayer: 'provinces', id: c }).dimmed === true, code);

test.describe('filters', () => {
  test('the region-group filter dims the provinces outside the group', async ({ page }) => {
    await page.goto('/');
    await waitForMapIdle(page);
    await page.getByLabel('Region group').selectOption({ label: 'West' });
    await expect.poll(() => dimmed(page, '110000')).toBe(true); // Beijing
    expect(await dimmed(page, '620000')).toBe(false); // Gansu
    await page.getByLabel('Region group').selectOption({ label: 'All provinces' });
    await expect.poll(() => dimmed(page, '110000')).toBe(false);
  });

  test('the value-range filter highlights provinces within the range', async ({ page }) => {
    await page.goto('/');
    await waitForMapIdle(page);
    const min = page.getByRole('slider', { name: 'Minimum value' });
    await min.focus();
    await page.keyboard.press('End'); // only the highest value remains: Beijing's GDP per capita
    await expect(page.locator('.range-readout')).toContainText('228,167');
    await expect.poll(() => dimmed(page, '620000')).toBe(true);
    expect(await dimmed(page, '110000')).toBe(false);
    await page.getByRole('button', { name: 'Reset value range' }).click();
    await expect(page.locator('.range-readout')).toHaveText('All values');
    await expect.poll(() => dimmed(page, '620000')).toBe(false);
  });
});
