import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { seriousViolations } from './axe-helpers';
import type { IndicatorYear, ValuesPanel } from '../lib/indicators/api-types';

const stage = (page: Page) => page.locator('#view-stage');
const query = (page: Page) => new URL(page.url()).searchParams;

/**
 * Opens a link with the page's scripts held back, so the server-drawn view can be used before it
 * hydrates; `release` lets them load and waits for hydration.
 */
async function openUnhydrated(page: Page, link: string) {
  let letGo!: () => void;
  const held = new Promise<void>((resolve) => (letGo = resolve));
  await page.route('**/_next/static/**/*.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(link, { waitUntil: 'commit' });
  return {
    release: async () => {
      // The input really came first: nothing had hydrated yet.
      await expect(page.locator('html[data-hydrated]')).toHaveCount(0);
      letGo();
      await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
    },
  };
}

async function apiValue(page: Page, indicator: string, year: number, code: string) {
  const body: IndicatorYear = await (await page.request.get(`/api/indicators/${indicator}?year=${year}`)).json();
  return body.values.find((v) => v.code === code)!.value;
}

test.describe('chart view', () => {
  test('draws a deep link’s places over its range, labelled at the ends, and says so in words', async ({ page }) => {
    await page.goto('/?view=chart&places=420000,500000,310000,620000&from=2005&year=2024');
    await expect(page).toHaveTitle('GDP per capita, 2005–2024 · Chart · Hinterland');
    const view = stage(page);
    await expect(view.getByRole('heading', { name: 'GDP per capita, 2005–2024' })).toBeVisible();
    for (const name of ['Hubei', 'Chongqing', 'Shanghai', 'Gansu']) await expect(view.locator('.end-label', { hasText: name })).toBeVisible();
    // The description's numbers are the API's.
    const hubei = await apiValue(page, 'gdp_per_capita', 2024, '420000');
    await expect(view.locator('.view-description')).toContainText(`Hubei`);
    await expect(view.locator('.view-description')).toContainText(`${hubei!.toLocaleString('en')} yuan in 2024`);
    // Hovering shows every line's value that year.
    const box = (await view.locator('svg.recharts-surface').boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2);
    const tooltip = view.locator('.chart-tooltip');
    await expect(tooltip).toBeVisible();
    await expect(tooltip.locator('li')).toHaveCount(4);
    // No raw citation ids on screen: sources read as publishers and tables, and link into the Sources view.
    await expect(view.getByText(/\[[a-z0-9-]+\]/)).toHaveCount(0);
    const source = view.locator('.source-links a').first();
    await expect(source).toHaveAttribute('href', /view=sources/);
  });

  test('the picker adds places by pinyin and Chinese, removes them, and the URL round-trips', async ({ page }) => {
    await page.goto('/?view=chart');
    const view = stage(page);
    // The server drew the view: its controls answer once the page has hydrated.
    await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
    // Default places: China, coastal, inland.
    await expect(view.locator('.chip')).toHaveText([/China/, /Coastal provinces/, /Inland provinces/]);
    const search = view.getByRole('combobox', { name: 'Add a place' });
    await search.fill('neimenggu');
    await expect(view.getByRole('listbox').getByRole('option').first()).toHaveText(/Inner Mongolia/);
    await search.press('Enter');
    await search.fill('重庆');
    await view
      .getByRole('listbox')
      .getByRole('option', { name: /Chongqing/ })
      .click();
    await expect.poll(() => query(page).get('places')).toBe('100000,coastal,inland,150000,500000');
    await view.getByRole('button', { name: 'Remove Coastal provinces' }).click();
    await expect.poll(() => query(page).get('places')).toBe('100000,inland,150000,500000');
    await view.getByRole('radio', { name: 'China = 100' }).check();
    await expect.poll(() => query(page).get('chart')).toBe('relative');
    await expect(view.getByRole('heading', { name: /relative to China/ })).toBeVisible();
    // Back and Forward walk the choices; reloading the link shows the same view.
    await page.goBack();
    await expect(view.getByRole('radio', { name: 'Values' })).toBeChecked();
    await expect.poll(() => query(page).get('chart')).toBeNull();
    await page.goForward();
    await expect(view.getByRole('radio', { name: 'China = 100' })).toBeChecked();
    await page.reload();
    await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
    await expect(stage(page).locator('.chip')).toHaveText([/China/, /Inland provinces/, /Inner Mongolia/, /Chongqing/]);
    await expect(stage(page).getByRole('radio', { name: 'China = 100' })).toBeChecked();
  });

  test('a button and a checkbox clicked before the page hydrated still count', async ({ page, request }) => {
    // A page the server keeps: its loader holds such clicks and clicks again once hydrated.
    expect((await request.get('/')).ok()).toBe(true);
    const { release } = await openUnhydrated(page, '/');
    await page.getByRole('checkbox', { name: 'Hu Line' }).click();
    await page.getByRole('button', { name: '中文' }).click();
    await release();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    await expect.poll(() => query(page).get('lang')).toBe('zh');
    await expect.poll(() => query(page).get('layers')).toContain('hu-line');
    await expect(page.getByRole('checkbox', { name: /胡焕庸线/ })).toBeChecked();
  });

  test('a place typed before the page hydrated is still searched', async ({ page }) => {
    const { release } = await openUnhydrated(page, '/?view=chart');
    const search = stage(page).getByRole('combobox', { name: 'Add a place' });
    await search.pressSequentially('neimenggu');
    await release();
    await expect(search).toHaveValue('neimenggu');
    await expect(stage(page).getByRole('listbox').getByRole('option').first()).toHaveText(/Inner Mongolia/);
    await search.press('Enter');
    await expect.poll(() => query(page).get('places')).toBe('100000,coastal,inland,150000');
  });

  test('keyboard: tabs move with the arrow keys', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('tab', { name: 'Map' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('tab', { name: 'Chart' })).toHaveAttribute('aria-selected', 'true');
    await expect.poll(() => query(page).get('view')).toBe('chart');
    await expect(stage(page).getByRole('heading', { level: 2 })).toBeVisible();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => query(page).get('view')).toBeNull();
    await expect(stage(page)).toHaveCount(0);
  });
});

test.describe('table view', () => {
  test('tables the API’s values at both years with change and rank, sorts, filters, and downloads what is shown', async ({ page }) => {
    await page.goto('/?view=table&from=2005&year=2024');
    await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
    const view = stage(page);
    const table = view.getByRole('table');
    await expect(table.getByRole('row')).toHaveCount(1 + 39);
    const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Open Hubei’s details' }) });
    const [start, end] = [await apiValue(page, 'gdp_per_capita', 2005, '420000'), await apiValue(page, 'gdp_per_capita', 2024, '420000')];
    const cells = row.getByRole('cell');
    await expect(cells.nth(0)).toHaveText(new RegExp(`^${start!.toLocaleString('en')}`));
    await expect(cells.nth(1)).toHaveText(end!.toLocaleString('en'));
    await expect(cells.nth(2)).toHaveText((end! - start!).toLocaleString('en'));
    const growth = ((end! / start!) ** (1 / 19) - 1) * 100;
    await expect(cells.nth(4)).toHaveText(`+${growth.toFixed(1)}%`);
    // Sort by average annual growth, fastest first.
    await view.getByRole('button', { name: 'Sort by Average annual growth (compound)' }).click();
    const first = table.getByRole('row').nth(1);
    const panel: ValuesPanel = await (await page.request.get('/api/panel')).json();
    const p = panel.indicators.gdp_per_capita;
    const [i5, i24] = [p.years.indexOf(2005), p.years.indexOf(2024)];
    // Rows without both values sort last.
    const fastest = panel.places
      .map((code, c) => ({ code, start: p.values[i5][c], end: p.values[i24][c] }))
      .filter((v) => v.start !== null && v.end !== null)
      .map(({ code, start, end }) => ({ code, g: (end! / start!) ** (1 / 19) }))
      .sort((a, b) => b.g - a.g)[0].code;
    const names: Record<string, string> = Object.fromEntries(
      ((await (await page.request.get('/api/indicators')).json()).regions as Array<{ code: string; name_en: string }>).map((r) => [r.code, r.name_en]),
    );
    await expect(first.getByRole('rowheader')).toHaveText(names[fastest]);
    // Group filter keeps the groups and China, and only that group's provinces.
    await view.getByLabel('Show').selectOption('west');
    await expect(table.getByRole('row')).toHaveCount(1 + 8 + 12);
    await expect.poll(() => query(page).get('group')).toBe('west');
    const download = page.waitForEvent('download');
    await view.getByRole('button', { name: 'Data as CSV' }).click();
    const file = await download;
    const text = await (await file.createReadStream()).toArray();
    const lines = Buffer.concat(text).toString('utf8').trim().split('\n');
    const rows = lines.filter((l) => !l.startsWith('#'));
    expect(rows[0]).toMatch(/^code,name_en,name_zh,kind,value_2005/);
    expect(rows).toHaveLength(1 + 8 + 12);
    expect(lines.some((l) => l.startsWith('# Sources:'))).toBe(true);
  });

  test('a group and a start year chosen before the page hydrated filter the table', async ({ page }) => {
    const { release } = await openUnhydrated(page, '/?view=table');
    await stage(page).getByLabel('Show').selectOption('west');
    await stage(page).getByLabel('From').selectOption('2010');
    await release();
    await expect.poll(() => query(page).get('group')).toBe('west');
    await expect.poll(() => query(page).get('from')).toBe('2010');
    await expect(stage(page).getByRole('table').getByRole('row')).toHaveCount(1 + 8 + 12);
    await expect(stage(page).getByRole('button', { name: 'Sort by 2010', exact: true })).toBeVisible();
  });

  test('opens a province’s details from its row', async ({ page }) => {
    await page.goto('/?view=table');
    await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
    await stage(page).getByRole('button', { name: 'Open Hubei’s details' }).click();
    await expect.poll(() => query(page).get('region')).toBe('420000');
    await expect(page.getByRole('heading', { name: 'Hubei 湖北' })).toBeVisible();
  });
});

test.describe('scatter view', () => {
  test('one bubble per province with a value, the census year said, a fit worded as description', async ({ page }) => {
    await page.goto('/?view=scatter&x=tertiary_education&y=gdp_per_capita&year=2024&places=420000');
    await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
    const view = stage(page);
    await expect(view.getByText('University-educated residents: 2020 census')).toBeVisible();
    await expect(view.locator('.recharts-scatter-symbol')).toHaveCount(31);
    await view.getByLabel('Least-squares line').check();
    await expect(view.locator('.fit-text')).toContainText('not what causes what');
    await expect(view.locator('.fit-text')).toContainText(/R² 0\.\d\d/);
    await expect.poll(() => query(page).get('fit')).toBe('1');
    await view.getByLabel('Log vertical').check();
    await expect.poll(() => query(page).get('log')).toBe('y');
    await view.getByLabel('Bubble size').selectOption('none');
    await expect.poll(() => query(page).get('size')).toBe('none');
    await expect(view.locator('.scatter-highlights text', { hasText: 'Hubei' })).toBeVisible();
    // Clicking a bubble opens the place, as on the map.
    await view.locator('.recharts-scatter-symbol').first().click();
    await expect.poll(() => query(page).get('region')).toMatch(/^\d{6}$/);
  });
});

test.describe('the scatter, used before it hydrated', () => {
  test('draws the bubble size chosen first', async ({ page }) => {
    const { release } = await openUnhydrated(page, '/?view=scatter&year=2024');
    await stage(page).getByLabel('Bubble size').selectOption('none');
    await release();
    await expect.poll(() => query(page).get('size')).toBe('none');
    await expect(stage(page).getByLabel('Bubble size')).toHaveValue('none');
  });
});

test.describe('the scatter’s fit line', () => {
  test('goes into the link, comes back with it, and leaves it when turned off', async ({ page }) => {
    await page.goto('/?view=scatter&year=2024');
    await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
    const fit = stage(page).getByLabel('Least-squares line');
    await expect(fit).not.toBeChecked();
    await fit.check();
    await expect.poll(() => query(page).get('fit')).toBe('1');
    // Whoever opens the shared link sees the line and its words.
    const link = page.url();
    const reader = await page.context().newPage();
    await reader.goto(link);
    await reader.locator('html[data-hydrated]').waitFor({ state: 'attached' });
    await expect(stage(reader).getByLabel('Least-squares line')).toBeChecked();
    await expect(stage(reader).locator('.fit-text')).toContainText(/R² 0\.\d\d/);
    await expect(stage(reader).locator('.recharts-reference-line')).toHaveCount(1);
    await stage(reader).getByLabel('Least-squares line').uncheck();
    await expect.poll(() => query(reader).has('fit')).toBe(false);
    await expect(stage(reader).locator('.recharts-reference-line')).toHaveCount(0);
    await reader.reload();
    await reader.locator('html[data-hydrated]').waitFor({ state: 'attached' });
    await expect(stage(reader).getByLabel('Least-squares line')).not.toBeChecked();
    await expect(stage(reader).locator('.fit-text')).toHaveCount(0);
  });
});

test.describe('sources view', () => {
  test('defines each indicator, cites readably, and a source link lands on its citation', async ({ page }) => {
    await page.goto('/?view=chart&places=420000');
    await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
    const link = stage(page).locator('.source-links a').first();
    const label = (await link.textContent())!;
    await link.click();
    await expect.poll(() => query(page).get('view')).toBe('sources');
    const view = stage(page);
    await expect(view.getByRole('heading', { name: 'Sources and methods' })).toBeVisible();
    await expect(view.locator('.citations li', { hasText: label }).first()).toBeInViewport();
    await expect(view.locator('details[open] dl')).toContainText('Gross regional product per resident');
    await expect(view.locator('.cite-text')).toContainText('view=sources');
  });
});

test.describe('a link to a year without data', () => {
  test('shows the nearest year with data, says so, and corrects the URL', async ({ page }) => {
    for (const [link, shown] of [
      ['/?year=1999', '2000'],
      ['/?indicator=tertiary_education&year=2024', '2020'],
      ['/?view=table&year=2050&from=1990', '2024'],
    ] as const) {
      await page.goto(link);
      await expect(page.getByRole('status').filter({ hasText: 'nearest year with data' })).toContainText(`→ ${shown}`);
      await expect.poll(() => query(page).get('year'), link).toBe(shown);
    }
  });
});

test.describe('every view, in Chinese and on a phone', () => {
  for (const view of ['chart', 'scatter', 'table', 'sources']) {
    test(`${view}: Chinese, 390×844, axe-clean`, async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`/?view=${view}&lang=zh&from=2010`);
      const shown = stage(page);
      await expect(shown.getByRole('heading', { level: 2 })).toBeVisible();
      await expect(shown.getByRole('heading', { level: 2 })).not.toHaveText(/[A-Za-z]{4,}/);
      const box = (await shown.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
      expect(await seriousViolations(page, '#view-stage')).toEqual([]);
    });
  }
});
