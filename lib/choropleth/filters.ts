/** Which provinces a view dims: those outside the chosen region group or outside the value range. */
import { GROUPS } from '../indicators/groups';

export const GROUP_FILTERS = ['all', 'east', 'central', 'west', 'northeast', 'coastal', 'inland'] as const;
export type GroupFilter = (typeof GROUP_FILTERS)[number];

export type ValueRange = readonly [number, number];

export function dimmedProvinces(values: ReadonlyMap<string, number | null>, group: GroupFilter, range: ValueRange | null): Set<string> {
  const members = group === 'all' ? null : new Set(GROUPS.find((g) => g.id === group)!.members);
  const dimmed = new Set<string>();
  for (const [code, v] of values) {
    const outsideGroup = members !== null && !members.has(code);
    const outsideRange = range !== null && (v === null || v < range[0] || v > range[1]);
    if (outsideGroup || outsideRange) dimmed.add(code);
  }
  return dimmed;
}

/** Equal-width histogram counts of the values (missing values left out). */
export function histogram(values: readonly (number | null)[], bins: number): { edges: number[]; counts: number[] } {
  const present = values.filter((v): v is number => v !== null);
  if (present.length === 0) return { edges: [], counts: [] };
  const [min, max] = [Math.min(...present), Math.max(...present)];
  const width = (max - min) / bins || 1;
  const edges = Array.from({ length: bins + 1 }, (_, i) => min + i * width);
  const counts = new Array<number>(bins).fill(0);
  for (const v of present) counts[Math.min(bins - 1, Math.floor((v - min) / width))]++;
  return { edges, counts };
}
