import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { renderedValues, waitForMapIdle } from './map-helpers';

const meta = (page: Page, key: string) => page.locator(`meta[property="${key}"], meta[name="${key}"]`).first().getAttribute('content');

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (png: Buffer) => ({ signature: png.subarray(1, 4).toString('latin1'), width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

test.describe('link previews', () => {
  test('a view has its own title, Open Graph tags and a preview image at a stable URL', async ({ page, request }) => {
    await page.goto('/?indicator=gdp_per_capita&year=2024&region=420000&map=6/30.5/114.3');
    await expect(page).toHaveTitle('GDP per capita, 2024 — Hubei · Hinterland');
    expect(await meta(page, 'og:title')).toBe('GDP per capita, 2024 — Hubei · Hinterland');
    expect(await meta(page, 'twitter:card')).toBe('summary_large_image');
    const image = (await meta(page, 'og:image'))!;
    // The map position does not change the image, so every zoom of a view shares one preview.
    expect(new URL(image).pathname + new URL(image).search).toBe('/api/preview?year=2024&region=420000');
    const res = await request.get(new URL(image).pathname + new URL(image).search);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('image/png');
    expect(pngSize(await res.body())).toEqual({ signature: 'PNG', width: 1200, height: 630 });
  });
});

test.describe('embed', () => {
  test('embed=1 shows the map and legend with a link back to the full view, and other sites may frame it', async ({ page }) => {
    const res = await page.goto('/?indicator=population&year=2010&embed=1');
    expect(res!.headers()['content-security-policy']).toContain('frame-ancestors *');
    expect(res!.headers()['x-frame-options']).toBeUndefined();
    await waitForMapIdle(page);
    await expect(page.getByRole('region', { name: 'Map legend' }).getByRole('heading')).toHaveText('Population, 2010');
    await expect(page.getByLabel('Indicator')).toHaveCount(0);
    const back = page.getByRole('link', { name: /Open the full view/ });
    await expect(back).toHaveAttribute('href', '/?indicator=population&year=2010');
    await expect(back).toHaveAttribute('target', '_blank');
  });

  test('Copy embed code gives an iframe of the current view with embed=1', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await page.goto('/?indicator=population&year=2020');
    await page.getByRole('button', { name: 'Copy embed code' }).click();
    await expect(page.getByText('Embed code copied to the clipboard.')).toBeVisible();
    const code = await page.evaluate(() => navigator.clipboard.readText());
    expect(code).toMatch(/^<iframe src="http:\/\/localhost:\d+\/\?indicator=population&year=2020&embed=1" /);
  });

  test('the full view refuses framing; the embed view renders inside a frame on another site', async ({ page, baseURL }) => {
    const full = await page.request.get('/');
    expect(full.headers()['x-frame-options']).toBe('DENY');
    expect(full.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    // Another site: a page on its own port (a real server, so the browser treats both as local) frames both views.
    const html = `<iframe id="embed" src="${baseURL}/?indicator=urbanization&year=2020&embed=1" width="800" height="500"></iframe>
      <iframe id="full" src="${baseURL}/?indicator=urbanization&year=2020" width="800" height="500"></iframe>`;
    const site = http.createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end(html));
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    await page.goto(`http://127.0.0.1:${(site.address() as AddressInfo).port}/`);
    await expect(page.frameLocator('#embed').getByRole('region', { name: 'Map legend' }).getByRole('heading')).toHaveText('Urbanization rate, 2020');
    await expect(page.frameLocator('#full').getByRole('heading', { name: 'Hinterland' })).toHaveCount(0);
    site.close();
  });
});

test.describe('two languages', () => {
  test('lang=zh shows Chinese controls, labels, place names and the page language', async ({ page }) => {
    await page.goto('/?lang=zh&indicator=gdp_per_capita&year=2024');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    await expect(page).toHaveTitle('人均地区生产总值，2024年 · Hinterland');
    await expect(page.getByLabel('指标')).toHaveValue('gdp_per_capita');
    await expect(page.getByRole('region', { name: '地图图例' }).getByRole('heading')).toHaveText('人均地区生产总值，2024年');
    await expect(page.getByRole('region', { name: '地图图例' })).toContainText('元');
    await page.getByText('全部省份：人均地区生产总值').click();
    await page.getByRole('button', { name: '湖北', exact: true }).click();
    await expect(page.getByRole('complementary', { name: '地区详情' }).getByRole('heading', { name: '湖北' })).toBeVisible();
    await expect(page.getByRole('checkbox', { name: '胡焕庸线' })).toBeVisible();
    await waitForMapIdle(page);
    const labelField = await page.evaluate(() => JSON.stringify(window.__map!.getLayoutProperty('province-labels', 'text-field')));
    expect(labelField).toBe(JSON.stringify(['get', 'name_zh']));
    // Neighbouring countries are named in Chinese too.
    const countryField = await page.evaluate(() => JSON.stringify(window.__map!.getLayoutProperty('country-labels', 'text-field')));
    expect(countryField).toBe(JSON.stringify(['coalesce', ['get', 'name_zh'], ['get', 'name']]));
    expect(await renderedValues(page, 'country-labels', 'name_zh')).toContain('蒙古');
    // Zoomed in, Chinese cities are named in Chinese.
    await page.goto('/?lang=zh&map=5.2/30.5/110');
    await waitForMapIdle(page);
    expect(await renderedValues(page, 'city-labels', 'name_zh')).toEqual(expect.arrayContaining(['武汉', '重庆']));
  });

  test('the language switch keeps the view and records the choice in the URL', async ({ page }) => {
    await page.goto('/?indicator=urbanization&year=2020');
    await page.getByRole('button', { name: '中文' }).click();
    await expect.poll(() => page.url()).toContain('lang=zh');
    expect(page.url()).toContain('indicator=urbanization');
    await expect(page.getByRole('region', { name: '地图图例' }).getByRole('heading')).toHaveText('城镇化率，2020年');
    await page.goBack();
    await expect(page.getByRole('region', { name: 'Map legend' }).getByRole('heading')).toHaveText('Urbanization rate, 2020');
  });
});

test.describe('layer features in links', () => {
  test('region=cluster:… opens that cluster with its layer, and closing it clears the link', async ({ page }) => {
    await page.goto('/?region=cluster:chengdu-chongqing');
    const card = page.getByRole('complementary', { name: 'Selection details' });
    await expect(card.getByRole('heading', { name: 'Chengdu–Chongqing 成渝城市群' })).toBeVisible();
    await expect(page.getByRole('checkbox', { name: 'City clusters' })).toBeChecked();
    await waitForMapIdle(page);
    const selected = await page.evaluate(() => window.__map!.getFeatureState({ source: 'layer:city-clusters', id: 'chengdu-chongqing' }).selected);
    expect(selected).toBe(true);
    await card.getByRole('button', { name: 'Close details' }).click();
    await expect.poll(() => page.url()).not.toContain('region=');
  });

  test('clicking a rail hub puts it in the link; the link reopens it', async ({ page, browser }) => {
    await page.goto('/?layers=rail-hubs&map=7/30.6/114.3');
    await waitForMapIdle(page);
    await page.getByRole('list', { name: 'Rail hubs legend' }).waitFor();
    await waitForMapIdle(page);
    const point = await page.evaluate(() => {
      const f = window.__map!.queryRenderedFeatures({ layers: ['rail-hubs-circle'] })[0];
      const [lng, lat] = (f.geometry as GeoJSON.Point).coordinates;
      return { ...window.__map!.project([lng, lat]), id: f.properties!.id as string };
    });
    await page.locator('.map canvas').click({ position: { x: point.x, y: point.y } });
    await expect.poll(() => page.url()).toContain(`region=hub:${point.id}`);
    const fresh = await (await browser.newContext()).newPage();
    await fresh.goto(page.url());
    await expect(fresh.getByRole('complementary', { name: 'Selection details' })).toBeVisible();
    await expect(fresh.getByRole('complementary', { name: 'Selection details' }).locator('.selection-layer')).toHaveText('Rail hubs');
  });
});
