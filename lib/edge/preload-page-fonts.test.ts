import { describe, expect, it } from 'vitest';
import { drawnCharacters, MAX_FONT_PRELOADS, pageFontFaces, parseUnicodeRange, preloadPageFonts } from './preload-page-fonts';

// As Next inlines the page's CSS (minified): one face per subset and weight.
const face = (file: string, weight: number, range: string) =>
  `@font-face{font-family:Noto Sans SC;font-style:normal;font-display:swap;font-weight:${weight};src:url(/_next/static/media/${file}.woff2)format("woff2");unicode-range:${range}}`;
const css = [
  face('zw-400', 400, 'U+4E2D,U+6587'),
  face('zw-700', 700, 'U+4E2D,U+6587'),
  face('bj-400', 400, 'U+5317,U+4EAC'),
  face('hu-400', 400, 'U+6E56'),
].join('');
const page = (body: string, style = css) =>
  `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><style data-precedence="next">${style}</style></head><body>${body}</body></html>`;
const preloads = (html: string) => [...html.matchAll(/<link rel="preload" href="([^"]+)" as="font" type="font\/woff2" crossorigin=""\/>/g)].map((m) => m[1]);

describe('preloadPageFonts', () => {
  it('preloads the regular face of each Chinese character the first screen draws, after the charset', () => {
    const html = preloadPageFonts(page('<main><button lang="zh-Hans">中文</button><input placeholder="湖"/></main>'));
    expect(preloads(html)).toEqual(['/_next/static/media/zw-400.woff2', '/_next/static/media/hu-400.woff2']);
    expect(html.indexOf('<link rel="preload"')).toBe(html.indexOf('<meta charSet="utf-8"/>') + '<meta charSet="utf-8"/>'.length);
  });

  it('leaves out text that is not drawn at once: scripts, styles, comments, templates, a closed <details> beyond its summary', () => {
    const body =
      '<p>Map</p><script>self.__next_f.push([1,"中文"])</script><!-- 北京 --><template><b>中</b></template>' +
      '<details><summary>Provinces 湖</summary><table><tr><td>北京</td></tr></table></details>';
    expect(preloads(preloadPageFonts(page(body)))).toEqual(['/_next/static/media/hu-400.woff2']);
    // An open one draws its contents.
    expect(preloads(preloadPageFonts(page('<details open=""><summary>x</summary>北京</details>')))).toEqual(['/_next/static/media/bj-400.woff2']);
  });

  it('changes nothing where there is nothing to preload', () => {
    const english = page('<p>Only Latin, – and ’</p>');
    expect(preloadPageFonts(english)).toBe(english);
    const noFaces = page('<p>中文</p>', 'body{margin:0}');
    expect(preloadPageFonts(noFaces)).toBe(noFaces);
    expect(preloadPageFonts('not a page 中文')).toBe('not a page 中文');
  });

  it('names only same-origin woff2 files, and at most MAX_FONT_PRELOADS of them', () => {
    const foreign = `@font-face{font-weight:400;src:url(https://fonts.example/x.woff2)format("woff2");unicode-range:U+4E2D}`;
    const quoted = `@font-face{font-weight:400;src:url("/a\\" onload=\\"x.woff2")format("woff2");unicode-range:U+4E2D}`;
    expect(preloads(preloadPageFonts(page('<p>中</p>', foreign + quoted)))).toEqual([]);
    const many = Array.from({ length: MAX_FONT_PRELOADS + 5 }, (_, i) => face(`f${i}`, 400, `U+${(0x4e00 + i).toString(16)}`)).join('');
    const text = Array.from({ length: MAX_FONT_PRELOADS + 5 }, (_, i) => String.fromCodePoint(0x4e00 + i)).join('');
    expect(preloads(preloadPageFonts(page(`<p>${text}</p>`, many)))).toHaveLength(MAX_FONT_PRELOADS);
  });
});

describe('the parts', () => {
  it('reads unicode ranges: single points, spans and wildcards', () => {
    expect(parseUnicodeRange('U+4E2D, U+4E00-4E2F,U+4E??,junk')).toEqual([
      [0x4e2d, 0x4e2d],
      [0x4e00, 0x4e2f],
      [0x4e00, 0x4eff],
    ]);
  });

  it('reads each face’s file, weight and ranges', () => {
    expect(pageFontFaces(css).map((f) => `${f.url} ${f.weight} ${f.ranges.length}`)).toEqual([
      '/_next/static/media/zw-400.woff2 400 2',
      '/_next/static/media/zw-700.woff2 700 2',
      '/_next/static/media/bj-400.woff2 400 2',
      '/_next/static/media/hu-400.woff2 400 1',
    ]);
  });

  it('finds the characters of the body only', () => {
    expect([...drawnCharacters('<html><head><title>中</title></head><body><p>文 a</p></body></html>')].map((c) => String.fromCodePoint(c))).toEqual(['文']);
  });
});
