import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { STORIES } from '../lib/story/stories';
import type { IndicatorYear } from '../lib/indicators/api-types';

const story = STORIES[0];
const total = story.steps.length;
const panel = (page: Page) => page.locator('.story-panel');
const titleOf = (i: number, lang: 'en' | 'zh') =>
  `${story.steps[i - 1].title[lang]}${lang === 'zh' ? `（${i}/${total}）` : ` (${i}/${total})`} · ${story.title[lang]} · Hinterland`;
const stepQuery = (i: number, lang: 'en' | 'zh', embed = false) =>
  `story=${story.id}${i > 1 ? `&step=${i}` : ''}${lang === 'zh' ? '&lang=zh' : ''}${embed ? '&embed=1' : ''}`;

async function ready(page: Page, url: string) {
  await page.goto(url);
  await expect(page.locator('html[data-hydrated]')).toHaveCount(1);
}

/** Each value in the caption is the indicator API's for its indicator, place and year. */
async function checkNumbers(page: Page, cache: Map<string, IndicatorYear>) {
  const caption = panel(page).locator('.story-caption');
  await expect(caption).toHaveAttribute('aria-busy', 'false');
  await expect(caption.locator('.story-missing')).toHaveCount(0);
  const facts = await caption
    .locator('data[data-fact="value"]')
    .evaluateAll((els) =>
      els.map((e) => ({ value: Number(e.getAttribute('value')), indicator: e.dataset.indicator!, place: e.dataset.place!, year: e.dataset.year! })),
    );
  for (const f of facts) {
    const key = `${f.indicator}?year=${f.year}`;
    if (!cache.has(key)) cache.set(key, await (await page.request.get(`/api/indicators/${key}`)).json());
    expect(cache.get(key)!.values.find((v) => v.code === f.place)?.value, `${f.indicator} ${f.place} ${f.year}`).toBe(f.value);
  }
  return facts.length;
}

test.describe('the story', () => {
  // Walking ten steps opens the chart, scatter and gaps views' code on the way: on a shared 2-core machine under load that can pass a minute.
  test.describe.configure({ timeout: 120_000 });

  test('walks every step by button in English: link, title, and numbers as the API serves them', async ({ page }) => {
    await ready(page, '/');
    await page.getByRole('link', { name: 'Read the story' }).click();
    const cache = new Map<string, IndicatorYear>();
    let checked = 0;
    for (let i = 1; i <= total; i++) {
      await expect(page).toHaveURL(`/?${stepQuery(i, 'en')}`);
      await expect(page).toHaveTitle(titleOf(i, 'en'));
      await expect(panel(page).getByRole('heading', { name: story.steps[i - 1].title.en })).toBeVisible();
      await expect(panel(page).locator('.story-progress')).toHaveText(`Step ${i} of ${total}`);
      checked += await checkNumbers(page, cache);
      if (i < total) await panel(page).getByRole('button', { name: 'Next →' }).click();
    }
    expect(checked).toBeGreaterThan(15);
    await expect(panel(page).getByRole('button', { name: 'Next →' })).toBeDisabled();
    await panel(page).getByRole('button', { name: '← Back' }).click();
    await expect(page).toHaveURL(`/?${stepQuery(total - 1, 'en')}`);
    // Back in the browser walks the steps too.
    await page.goBack();
    await expect(page).toHaveTitle(titleOf(total, 'en'));
  });

  test('walks every step by keyboard in Chinese, and each step is a link that opens on its own', async ({ page }) => {
    await ready(page, `/?${stepQuery(1, 'zh')}`);
    await expect(page).toHaveTitle(titleOf(1, 'zh'));
    for (let i = 2; i <= total; i++) {
      await page.keyboard.press('ArrowRight');
      await expect(page).toHaveURL(`/?${stepQuery(i, 'zh')}`);
      await expect(page).toHaveTitle(titleOf(i, 'zh'));
      await expect(panel(page).locator('.story-progress')).toHaveText(`第${i}步，共${total}步`);
    }
    await page.keyboard.press('ArrowLeft');
    await expect(page).toHaveURL(`/?${stepQuery(total - 1, 'zh')}`);
    // A step's link, opened afresh: the server draws that step, caption numbers included.
    await ready(page, `/?${stepQuery(6, 'zh')}`);
    await expect(page).toHaveTitle(titleOf(6, 'zh'));
    await checkNumbers(page, new Map());
    const description = await page.locator('meta[name="description"]').getAttribute('content');
    expect(description).toContain((await panel(page).locator('.story-caption data').first().textContent())!.replace('*', ''));
    const image = await page.locator('meta[property="og:image"]').getAttribute('content');
    const png = await page.request.get(new URL(image!).pathname + new URL(image!).search);
    expect(png.headers()['content-type']).toBe('image/png');
  });

  test('draws a step’s callouts, and Explore from here leaves the story keeping the view', async ({ page }) => {
    const wuhan = story.steps.findIndex((s) => s.id === 'wuhan') + 1;
    await ready(page, `/?${stepQuery(wuhan, 'en')}`);
    await expect(page.locator('.map-annotation[data-annotation="optics-valley"]')).toContainText('Optics Valley');
    await expect(panel(page).locator('.story-annotations')).toContainText('Wikipedia');
    await panel(page).getByRole('button', { name: 'Explore from here' }).click();
    await expect(panel(page)).toHaveCount(0);
    const q = new URL(page.url()).searchParams;
    expect(q.get('story')).toBeNull();
    expect(Object.fromEntries(q)).toMatchObject(Object.fromEntries(new URLSearchParams(story.steps[wuhan - 1].view)));
    await expect(page.locator('.region-panel')).toBeVisible();
    await expect(page.locator('.map-annotation')).toHaveCount(0);
    // Changing the view inside a story leaves it too.
    await ready(page, `/?${stepQuery(1, 'en')}`);
    await page.getByLabel('Indicator', { exact: true }).selectOption('urbanization');
    await expect(panel(page)).toHaveCount(0);
    await expect(page).toHaveURL('/?indicator=urbanization&year=2024&layers=hu-line');
  });

  test('reads as a bottom sheet on a phone and works in embed mode', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await ready(page, `/?${stepQuery(2, 'en')}`);
    const box = (await panel(page).boundingBox())!;
    expect(box.y + box.height).toBeCloseTo(844, 0);
    expect(box.width).toBe(390);
    await panel(page).getByRole('button', { name: 'Next →' }).click();
    await expect(page).toHaveURL(`/?${stepQuery(3, 'en')}`);
    await page.setViewportSize({ width: 1280, height: 800 });
    await ready(page, `/?${stepQuery(2, 'en', true)}`);
    await expect(page.locator('.embed-panel')).toBeVisible();
    await panel(page).getByRole('button', { name: 'Next →' }).click();
    await expect(page).toHaveURL(`/?${stepQuery(3, 'en', true)}`);
    const explore = panel(page).getByRole('link', { name: 'Explore from here' });
    const href = new URL((await explore.getAttribute('href'))!, page.url());
    expect(href.searchParams.get('embed')).toBeNull();
    expect(href.searchParams.get('story')).toBeNull();
    expect(href.searchParams.get('indicator')).toBe('rd_intensity');
  });
});
