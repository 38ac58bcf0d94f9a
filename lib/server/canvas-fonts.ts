/**
 * Fonts for server-drawn images: Noto Sans and Noto Sans SC from the installed @fontsource packages,
 * registered with the canvas only for the subsets a text needs (the SC set has ~100 of them).
 */
import path from 'node:path';
import { GlobalFonts } from '@napi-rs/canvas';
import { FONT_PACKAGES, covers, fontFiles, type FontFile } from '../fonts/fontsource';

export type FontWeight = 400 | 700;

const packageDir = (pkg: string) => path.join(process.cwd(), 'node_modules', '@fontsource', pkg);
const filesByWeight = new Map<FontWeight, FontFile[]>();
const familyOfFile = new Map<string, string>();

function filesFor(weight: FontWeight): FontFile[] {
  let files = filesByWeight.get(weight);
  if (!files) filesByWeight.set(weight, (files = FONT_PACKAGES.flatMap((pkg) => fontFiles(packageDir(pkg), weight))));
  return files;
}

/** A CSS font-family list that covers every character of `text` (characters no subset covers are skipped). */
export function fontFamiliesFor(text: string, weight: FontWeight): string {
  const files = filesFor(weight);
  const needed = new Set<number>();
  for (const char of new Set(text)) {
    const index = files.findIndex((f) => covers(f, char.codePointAt(0)!));
    if (index >= 0) needed.add(index);
  }
  // In package order: Noto Sans first, so Latin letters and digits take its shapes even in Chinese text.
  const families = [...needed]
    .sort((a, b) => a - b)
    .map((index) => {
      const file = files[index].file;
      let family = familyOfFile.get(file);
      if (!family) {
        family = `hinterland-${weight}-${familyOfFile.size}`;
        GlobalFonts.registerFromPath(file, family);
        familyOfFile.set(file, family);
      }
      return `"${family}"`;
    });
  return families.join(', ') || 'sans-serif';
}
