/** ColorBrewer palettes (via d3-scale-chromatic) for choropleth classes. */
import { schemeBuPu, schemeYlGnBu } from 'd3-scale-chromatic';

export const NO_DATA_COLOR = '#e4e4e4';

export type PaletteKind = 'sequential' | 'neutral';

const SCHEMES: Record<PaletteKind, ReadonlyArray<ReadonlyArray<string> | undefined>> = {
  sequential: schemeYlGnBu,
  neutral: schemeBuPu,
};

/** `n` colours from light to dark (ColorBrewer defines 3–9 classes; 1 and 2 are taken from the 3-class scheme). */
export function paletteColors(kind: PaletteKind, n: number): string[] {
  const three = SCHEMES[kind][3]!;
  if (n <= 0) return [];
  if (n === 1) return [three[1]];
  if (n === 2) return [three[0], three[2]];
  return [...SCHEMES[kind][Math.min(9, n)]!];
}

/** Indicators where more is neither better nor worse (population, ageing) get a neutral hue. */
export const paletteFor = (higherIsBetter: boolean | null): PaletteKind => (higherIsBetter === null ? 'neutral' : 'sequential');
