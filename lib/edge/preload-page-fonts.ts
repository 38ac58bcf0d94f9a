/**
 * Preloads the web fonts a kept page draws on its first screen.
 *
 * A browser fetches a unicode-range face only once layout meets a character in its range, and it
 * lays the page out again when the face arrives. Noto Sans SC's subsets (geo/build/page-fonts.css)
 * were found that late on every page: even the English one draws 中文 on the language switch.
 * Measured in headless Chromium on this 2-core machine (15 loads each, first colour of the server-drawn
 * map), the faces cost the first paint about 70 ms; fetched from the head, next to the stylesheet,
 * nearly nothing.
 *
 * The faces are read from the page's own inlined stylesheet (next.config.js `inlineCss`), so the
 * preloads name exactly the files its @font-face rules do. A face is preloaded when its range holds a
 * character of the page's text that is drawn at once: text and placeholders in <body>, without
 * scripts, styles, templates, comments or the inside of a closed <details>. Only regular faces: the
 * CSS, not the HTML, says which text is bold, and a bold face still comes when layout asks for it.
 */

interface FontFace {
  url: string;
  weight: number;
  ranges: Array<[number, number]>;
}

/** At most this many preloads: a page is a few screens of UI, and a preload competes with the page's other first requests. */
export const MAX_FONT_PRELOADS = 24;

const FONT_FACE = /@font-face\s*\{([^}]*)\}/g;
// Same-origin woff2 files only: a preload names nothing the page's own stylesheet could not.
const SOURCE = /src:\s*url\(\s*["']?(\/[\w\-./]+\.woff2)["']?\s*\)/;
const WEIGHT = /font-weight:\s*(\d+|normal|bold)/;
const RANGE = /unicode-range:\s*([^;}]+)/;
const REGULAR = 400;

/** `U+4E00-4E2F,U+4E38` → [[0x4e00, 0x4e2f], [0x4e38, 0x4e38]]; wildcards (`U+4E??`) as their span. */
export function parseUnicodeRange(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const part of text.split(',')) {
    const m = /^\s*U\+([0-9a-f?]{1,6})(?:-([0-9a-f]{1,6}))?\s*$/i.exec(part);
    if (!m) continue;
    const [start, end] = m[2] ? [m[1], m[2]] : [m[1].replaceAll('?', '0'), m[1].replaceAll('?', 'f')];
    out.push([parseInt(start, 16), parseInt(end, 16)]);
  }
  return out;
}

/** The page's @font-face rules that name a same-origin woff2 and a unicode-range. */
export function pageFontFaces(css: string): FontFace[] {
  const faces: FontFace[] = [];
  for (const [, body] of css.matchAll(FONT_FACE)) {
    const url = SOURCE.exec(body)?.[1];
    const range = RANGE.exec(body)?.[1];
    if (!url || !range) continue;
    const w = WEIGHT.exec(body)?.[1] ?? 'normal';
    faces.push({ url, weight: w === 'normal' ? 400 : w === 'bold' ? 700 : Number(w), ranges: parseUnicodeRange(range) });
  }
  return faces;
}

const HIDDEN_PARTS = [
  /<script\b[^>]*>[\s\S]*?<\/script>/gi,
  /<style\b[^>]*>[\s\S]*?<\/style>/gi,
  /<template\b[^>]*>[\s\S]*?<\/template>/gi,
  /<!--[\s\S]*?-->/g,
  // A closed <details> draws its summary only.
  /(<details\b(?![^>]*\sopen)[^>]*>[\s\S]*?<\/summary>)[\s\S]*?<\/details>/gi,
];

/** The characters (beyond ASCII) of a page's body that the first screen can draw. */
export function drawnCharacters(html: string): Set<number> {
  const start = html.search(/<body\b/i);
  let body = start < 0 ? '' : html.slice(start);
  // A pattern with a group keeps that group (a closed <details>' summary); the others drop what they match.
  for (const part of HIDDEN_PARTS) body = body.replace(part, (_, kept: unknown) => (typeof kept === 'string' ? kept : ''));
  const placeholders = [...body.matchAll(/\splaceholder="([^"]*)"/g)].map((m) => m[1]);
  const text = body.replace(/<[^>]*>/g, ' ');
  const chars = new Set<number>();
  for (const s of [text, ...placeholders]) for (const ch of s) if (ch.charCodeAt(0) > 0x7f) chars.add(ch.codePointAt(0)!);
  return chars;
}

/** The page with <link rel="preload"> for each regular face its first screen draws, at the top of its <head>. */
export function preloadPageFonts(html: string): string {
  const head = html.indexOf('</head>');
  if (head < 0) return html;
  const faces = pageFontFaces(html.slice(0, head)).filter((f) => f.weight === REGULAR);
  if (!faces.length) return html;
  const chars = [...drawnCharacters(html)];
  const urls = [...new Set(faces.filter((f) => chars.some((cp) => f.ranges.some(([a, b]) => cp >= a && cp <= b))).map((f) => f.url))].slice(
    0,
    MAX_FONT_PRELOADS,
  );
  if (!urls.length) return html;
  const links = urls.map((url) => `<link rel="preload" href="${url}" as="font" type="font/woff2" crossorigin=""/>`).join('');
  // After the charset, which must come first; else straight after <head>.
  const at = /<head>(<meta charSet="utf-8"\/>)?/i.exec(html);
  if (!at) return html;
  const end = at.index + at[0].length;
  return html.slice(0, end) + links + html.slice(end);
}
