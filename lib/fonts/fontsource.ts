/**
 * Noto Sans and Noto Sans SC come from @fontsource (SIL OFL 1.1) as unicode-range subsets, one
 * woff2 per block. Both the glyph build and the preview images find a character's file this way.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface FontFile {
  file: string;
  ranges: Array<[number, number]>;
}

export const FONT_PACKAGES = ['noto-sans', 'noto-sans-sc'] as const;

/** Reads the @font-face blocks of a fontsource package's CSS: which woff2 covers which code points. */
export function fontFiles(packageDir: string, weight: number): FontFile[] {
  const css = fs.readFileSync(path.join(packageDir, `${weight}.css`), 'utf8');
  return css
    .split('@font-face')
    .slice(1)
    .map((block) => {
      const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(block)?.[1];
      const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
      if (!file || !range) throw new Error(`${path.basename(packageDir)}/${weight}.css: @font-face without woff2 or unicode-range`);
      return {
        file: path.join(packageDir, 'files', file),
        ranges: range.split(',').map((r) => {
          const [a, b] = r.trim().replace(/^U\+/i, '').split('-');
          return [parseInt(a, 16), parseInt(b ?? a, 16)] as [number, number];
        }),
      };
    });
}

export const covers = (font: FontFile, codePoint: number) => font.ranges.some(([a, b]) => codePoint >= a && codePoint <= b);
