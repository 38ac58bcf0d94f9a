/**
 * The timeline's years: the indicator's years with data, reaching on to the last year of any
 * temporal layer that is on (rail hubs opened in 2025 are shown although indicators end in 2024).
 * The map's colours then show the indicator's nearest year, and say so.
 */
import { layerById } from './registry';

export function timelineYears(indicatorYears: readonly number[], visibleLayers: readonly string[]): number[] {
  const years = new Set(indicatorYears);
  const start = indicatorYears[0];
  if (start === undefined) return [];
  for (const id of visibleLayers) {
    const span = layerById(id)?.years;
    if (!span) continue;
    for (let y = Math.max(start, span[0]); y <= span[1]; y++) if (y > indicatorYears.at(-1)!) years.add(y);
  }
  return [...years].sort((a, b) => a - b);
}
