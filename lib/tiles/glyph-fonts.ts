/** Font stacks the style may name; the glyph build and the glyph route both read this list. */
export const FONT_STACKS = {
  'Noto Sans Regular': 400,
  'Noto Sans Bold': 700,
} as const;

export type FontStack = keyof typeof FONT_STACKS;

export const isFontStack = (name: string): name is FontStack => Object.hasOwn(FONT_STACKS, name);

/** MapLibre asks for glyphs in blocks of 256 code points: "0-255", "256-511", … */
export function parseGlyphRange(range: string): number | null {
  const m = /^(\d{1,5})-(\d{1,5})$/.exec(range);
  if (!m) return null;
  const start = Number(m[1]);
  const end = Number(m[2]);
  return start % 256 === 0 && end === start + 255 && end <= 65535 ? start : null;
}

export const glyphRangeName = (start: number) => `${start}-${start + 255}`;
