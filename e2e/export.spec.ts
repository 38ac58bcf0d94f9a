import { expect, test } from './fixtures';
import { waitForMapIdle } from './map-helpers';

test.describe('sharing and downloads', () => {
  test('Share copies the link of the current view', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await page.goto('/?indicator=population&year=2020');
    await page.evaluate(() => Object.defineProperty(navigator, 'share', { value: undefined }));
    await page.getByRole('button', { name: 'Share' }).click();
    await expect(page.getByText('Link copied to the clipboard.')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('indicator=population&year=2020');
  });

  test('downloads the view as CSV, GeoJSON and PNG', async ({ page }) => {
    await page.goto('/?indicator=urbanization&year=2024');
    await waitForMapIdle(page);
    await page.getByText('Download', { exact: true }).click();

    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /Data as CSV/ }).click()]);
    expect(csv.suggestedFilename()).toBe('hinterland-urbanization-2024.csv');
    const csvText = (await (await csv.createReadStream()).toArray()).join('');
    expect(csvText).toContain('# Sources:');
    expect(csvText).toMatch(/420000,Hubei,湖北,province,2024,\d+\.\d+/);

    const [geo] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /GeoJSON/ }).click()]);
    const fc = JSON.parse((await (await geo.createReadStream()).toArray()).join(''));
    expect(fc.features).toHaveLength(31);
    expect(fc.metadata.year).toBe(2024);

    const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Map as PNG/ }).click()]);
    expect(png.suggestedFilename()).toBe('hinterland-urbanization-2024.png');
    const bytes = Buffer.concat(await (await png.createReadStream()).toArray());
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(bytes.length).toBeGreaterThan(20_000); // a drawn map, not an empty canvas
  });
});
