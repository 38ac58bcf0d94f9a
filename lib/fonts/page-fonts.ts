/**
 * The page's own copy of Noto Sans SC: @font-face rules for just the @fontsource unicode-range
 * subsets that hold a Chinese character the UI can show, so Chinese reads on a machine with no CJK
 * fonts while a browser downloads only the subsets a page actually draws (font-display: swap).
 *
 * Each rule's unicode-range names only the characters the UI uses from its subset, not the whole
 * block of the file: the browser picks files the same way, and the stylesheet every page loads
 * stays a few KB instead of ~80 KB (the package's blocks are long lists of scattered code points).
 */
import { covers, type FontFile } from './fontsource';

export interface PageFontChoice {
  /** The package's subsets, in its order, that cover at least one of the characters; `ranges` narrowed to those characters. */
  subsets: FontFile[];
  /** Chinese characters that no subset covers: they would show as boxes. */
  uncovered: string[];
}

/** Han characters, CJK symbols and punctuation (、。「」), fullwidth forms (，：（）): what a machine without CJK fonts cannot draw. */
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

/** Sorted code points as runs: [0x4e00, 0x4e01, 0x4e03] → [[0x4e00, 0x4e01], [0x4e03, 0x4e03]]. */
export function runs(codePoints: readonly number[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const cp of codePoints) {
    const last = out.at(-1);
    if (last && cp === last[1] + 1) last[1] = cp;
    else out.push([cp, cp]);
  }
  return out;
}

/** Which of a font's subsets the texts' Chinese characters need. Latin, Greek and symbols are left to the page's other fonts. */
export function subsetsFor(fonts: readonly FontFile[], texts: Iterable<string>): PageFontChoice {
  const codePoints = new Set<number>();
  for (const text of texts) for (const ch of text) if (CJK.test(ch)) codePoints.add(ch.codePointAt(0)!);
  const used = new Map<FontFile, number[]>();
  const uncovered: string[] = [];
  for (const cp of [...codePoints].sort((a, b) => a - b)) {
    const font = fonts.find((f) => covers(f, cp));
    if (font) used.set(font, [...(used.get(font) ?? []), cp]);
    else uncovered.push(String.fromCodePoint(cp));
  }
  return { subsets: fonts.filter((f) => used.has(f)).map((f) => ({ file: f.file, ranges: runs(used.get(f)!) })), uncovered };
}

const hex = (n: number) => n.toString(16);
export const unicodeRange = (ranges: FontFile['ranges']) => ranges.map(([a, b]) => (a === b ? `U+${hex(a)}` : `U+${hex(a)}-${hex(b)}`)).join(',');

/** One @font-face per subset; `url` turns a subset's file into the address the stylesheet names. */
export function fontFaceRules(subsets: readonly FontFile[], face: { family: string; weight: number; url: (file: string) => string }): string {
  return subsets
    .map(
      (s) =>
        `@font-face {\n  font-family: '${face.family}';\n  font-style: normal;\n  font-display: swap;\n  font-weight: ${face.weight};\n` +
        `  src: url(${face.url(s.file)}) format('woff2');\n  unicode-range: ${unicodeRange(s.ranges)};\n}\n`,
    )
    .join('');
}
