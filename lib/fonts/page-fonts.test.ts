import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { covers, fontFiles, type FontFile } from './fontsource';
import { fontFaceRules, runs, subsetsFor, unicodeRange } from './page-fonts';
import { messagesFor } from '../i18n/messages';

const fonts: FontFile[] = [
  { file: '/f/a.woff2', ranges: [[0x4e00, 0x4e10]] },
  {
    file: '/f/b.woff2',
    ranges: [
      [0x6587, 0x6587],
      [0x4e2d, 0x4e2d],
    ],
  },
  { file: '/f/c.woff2', ranges: [[0xff01, 0xff5e]] },
];

describe('the page font subsets', () => {
  it('keeps only the subsets that cover a character of the texts, in the package order, narrowed to those characters', () => {
    expect(subsetsFor(fonts, ['中文', 'Hubei'])).toEqual({
      subsets: [
        {
          file: '/f/b.woff2',
          ranges: [
            [0x4e2d, 0x4e2d],
            [0x6587, 0x6587],
          ],
        },
      ],
      uncovered: [],
    });
    expect(subsetsFor(fonts, ['（一）', '丁', '七']).subsets).toEqual([
      {
        file: '/f/a.woff2',
        ranges: [
          [0x4e00, 0x4e01],
          [0x4e03, 0x4e03],
        ],
      },
      { file: '/f/c.woff2', ranges: [[0xff08, 0xff09]] },
    ]);
  });

  it('leaves Latin, Greek and symbols to the other fonts and reports Chinese characters no subset covers', () => {
    expect(subsetsFor(fonts, ['plain ASCII 123, é σ — ’'])).toEqual({ subsets: [], uncovered: [] });
    expect(subsetsFor(fonts, ['中é湖。']).uncovered).toEqual(['。', '湖']);
    expect(subsetsFor(fonts, [])).toEqual({ subsets: [], uncovered: [] });
  });

  it('joins consecutive code points into runs', () => {
    expect(runs([])).toEqual([]);
    expect(runs([1, 2, 3, 5, 7, 8])).toEqual([
      [1, 3],
      [5, 5],
      [7, 8],
    ]);
  });

  it('writes one swap-displayed, unicode-ranged @font-face per subset', () => {
    const css = fontFaceRules(fonts.slice(1, 2), { family: 'Noto Sans SC', weight: 400, url: (f) => `./files/${path.basename(f)}` });
    expect(css).toContain("font-family: 'Noto Sans SC'");
    expect(css).toContain('font-display: swap');
    expect(css).toContain('font-weight: 400');
    expect(css).toContain("src: url(./files/b.woff2) format('woff2')");
    expect(css).toContain('unicode-range: U+6587,U+4e2d;');
    expect(css.match(/@font-face/g)).toHaveLength(1);
    expect(unicodeRange([[0x20, 0x7e]])).toBe('U+20-7e');
  });

  it('covers every Chinese character of the UI with Noto Sans SC, from a fraction of its subsets, each in the file that has it', () => {
    const sc = fontFiles(path.resolve(import.meta.dirname, '../../node_modules/@fontsource/noto-sans-sc'), 400);
    const choice = subsetsFor(sc, [...Object.values(messagesFor('zh')), ...Object.values(messagesFor('en'))]);
    expect(choice.uncovered).toEqual([]);
    expect(choice.subsets.length).toBeGreaterThan(0);
    expect(choice.subsets.length).toBeLessThan(sc.length / 2);
    for (const s of choice.subsets) {
      const file = sc.find((f) => f.file === s.file)!;
      for (const [a, b] of s.ranges) for (let cp = a; cp <= b; cp++) expect(covers(file, cp)).toBe(true);
    }
  });
});
