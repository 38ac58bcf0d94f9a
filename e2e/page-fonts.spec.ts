/**
 * Chinese on a machine with no CJK fonts (as this one: Debian's Chromium with only DejaVu): the page
 * brings its own Noto Sans SC, from its own origin, as the few unicode-range subsets the UI needs.
 * What Chromium actually drew a node's text with comes from the DevTools protocol
 * (CSS.getPlatformFontsForNode), not from a screenshot.
 */
import type { CDPSession, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** The fonts Chromium used to draw the text of the first node matching `selector`. */
async function fontsDrawing(cdp: CDPSession, selector: string): Promise<Array<{ familyName: string; isCustomFont: boolean; glyphCount: number }>> {
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  expect(nodeId, `a node matches ${selector}`).toBeGreaterThan(0);
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  return fonts;
}

async function openCdp(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  return cdp;
}

/** The page's Noto Sans SC faces: how many are declared, which have loaded. */
const scFaces = (page: Page) =>
  page.evaluate(async () => {
    await document.fonts.ready;
    const faces = [...document.fonts].filter((f) => f.family.replace(/["']/g, '') === 'Noto Sans SC');
    return { declared: faces.length, loaded: faces.filter((f) => f.status === 'loaded').map((f) => `${f.weight} ${f.unicodeRange.slice(0, 40)}`) };
  });

test.describe('Chinese without system fonts', () => {
  test('the 中文 switch and the Chinese page are drawn with the page’s own Noto Sans SC, fetched from this origin only', async ({ page, baseURL }) => {
    const fontRequests: string[] = [];
    const origins = new Set<string>();
    page.on('request', (r) => {
      if (!r.url().startsWith('data:') && !r.url().startsWith('blob:')) origins.add(new URL(r.url()).origin);
      if (r.resourceType() === 'font') fontRequests.push(r.url());
    });
    await page.goto('/');
    const cdp = await openCdp(page);
    const switchButton = page.getByRole('button', { name: '中文' });
    await expect(switchButton).toBeVisible();

    // The English page already draws one Chinese string, the switch itself, and fetches only what it needs for it.
    await expect.poll(async () => (await scFaces(page)).loaded.length).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.fonts.check('16px "Noto Sans SC"', '中文'))).toBe(true);
    // Only the page's own face draws it (the woff2 files name themselves "Noto Sans SC Thin", the package's variable master).
    const switchFonts = await fontsDrawing(cdp, 'button.lang-switch');
    expect(switchFonts).toEqual([expect.objectContaining({ familyName: expect.stringMatching(/^Noto Sans SC/), isCustomFont: true, glyphCount: 2 })]);
    const { declared } = await scFaces(page);
    const englishFonts = fontRequests.length;
    expect(englishFonts).toBeLessThanOrEqual(2);

    await switchButton.click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    const heading = page.getByRole('region', { name: '地图图例' }).getByRole('heading');
    await expect(heading).toContainText('人均地区生产总值');
    await page.evaluate(() => document.fonts.ready);
    // Every Chinese character of the heading ("人均地区生产总值，2024年") is drawn by the page's face; the system font draws only the rest.
    const headingFonts = await fontsDrawing(cdp, '.choropleth-legend h2');
    const own = headingFonts.filter((f) => f.isCustomFont && f.familyName.startsWith('Noto Sans SC'));
    const chinese = [...((await heading.textContent()) ?? '')].filter((ch) => /[\p{Script=Han}\uff00-\uffef]/u.test(ch)).length;
    expect(own.reduce((n, f) => n + f.glyphCount, 0)).toBe(chinese);
    expect(await page.evaluate(() => document.fonts.check('16px "Noto Sans SC"', '人均国内生产总值'))).toBe(true);

    // And so is every control and heading with Chinese text: buttons too, which do not inherit the page's font unless told.
    const probes = await page.evaluate(() => {
      const ownText = (el: Element) =>
        [...el.childNodes]
          .filter((n) => n.nodeType === Node.TEXT_NODE)
          .map((n) => n.textContent)
          .join('');
      const chinese = [...document.querySelectorAll('.side button, .side h2, .side legend, .side label, .side summary')].filter(
        (el) => el.checkVisibility() && /\p{Script=Han}/u.test(ownText(el)),
      );
      chinese.forEach((el, i) => el.setAttribute('data-font-probe', String(i)));
      return chinese.map((el) => ({
        text: ownText(el),
        chinese: [...ownText(el)].filter((ch) => /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u.test(ch)).length,
      }));
    });
    expect(probes.length).toBeGreaterThan(10);
    for (const [i, probe] of probes.entries()) {
      const fonts = await fontsDrawing(cdp, `[data-font-probe="${i}"]`);
      const drawnByOwn = fonts.filter((f) => f.isCustomFont && f.familyName.startsWith('Noto Sans SC')).reduce((n, f) => n + f.glyphCount, 0);
      expect(drawnByOwn, `"${probe.text}" drawn with Noto Sans SC`).toBe(probe.chinese);
    }

    // The Chinese page draws many more characters, yet fetches only some of the declared subsets, all woff2 from this origin.
    const zh = await scFaces(page);
    expect(zh.loaded.length).toBeGreaterThan(englishFonts);
    expect(fontRequests.length).toBeLessThan(declared);
    for (const url of fontRequests) expect(url).toMatch(new RegExp(`^${new URL(baseURL!).origin}/_next/static/media/noto-sans-sc-[\\w.-]+\\.woff2$`));
    expect([...origins]).toEqual([new URL(baseURL!).origin]);
  });

  for (const path of ['/', '/?lang=zh']) {
    test(`the regular faces the first screen of ${path} draws are asked for from its head, and no other`, async ({ browser, request, baseURL }) => {
      const html = await (await request.get(path)).text();
      const head = html.slice(0, html.indexOf('</head>'));
      const preloaded = [...head.matchAll(/<link rel="preload" href="([^"]+)" as="font" type="font\/woff2" crossorigin=""\/>/g)].map((m) => m[1]);
      expect(preloaded.length).toBeGreaterThan(0);
      // Before the stylesheet: the fetch starts as the head is read, not when layout first meets the text.
      expect(head.indexOf('<link rel="preload" href="/_next/static/media/')).toBeLessThan(head.indexOf('<style'));

      // What the first screen itself fetches, with no script to draw more: every regular face of it was preloaded.
      const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
      const page = await context.newPage();
      await page.goto(path);
      await page.evaluate(() => document.fonts.ready);
      const fetched = await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .filter((e) => e.name.endsWith('.woff2'))
          .map((e) => ({ path: new URL(e.name).pathname, by: (e as PerformanceResourceTiming).initiatorType })),
      );
      await context.close();
      const regular = fetched.filter((f) => /-400-normal\./.test(f.path));
      expect(regular.length).toBeGreaterThan(0);
      for (const f of regular) expect(preloaded, `${f.path} was preloaded`).toContain(f.path);
      expect(regular.every((f) => f.by === 'link')).toBe(true);
      // And little that it does not draw: at most one face (a character drawn only in bold).
      expect(preloaded.length - regular.length).toBeLessThanOrEqual(1);
    });
  }

  test('the faces are declared swap-displayed and by unicode-range, and served to be cached for good', async ({ page, request }) => {
    await page.goto('/?lang=zh');
    const faces = await page.evaluate(() =>
      [...document.fonts].filter((f) => f.family.replace(/["']/g, '') === 'Noto Sans SC').map((f) => ({ display: f.display, range: f.unicodeRange })),
    );
    expect(faces.length).toBeGreaterThan(0);
    for (const f of faces) {
      expect(f.display).toBe('swap');
      expect(f.range).not.toBe('U+0-10FFFF');
    }
    const font = await page.evaluate(() => performance.getEntriesByType('resource').find((e) => e.name.endsWith('.woff2'))?.name);
    expect(font).toBeTruthy();
    const response = await request.get(font!);
    expect(response.status()).toBe(200);
    expect(response.headers()['cache-control']).toContain('immutable');
  });
});
