/**
 * Group values computed from member provinces, the way a statistician would: per-capita figures as
 * the sum of numerators over the sum of denominators (GDP per capita over the summed average population,
 * as NBS divides), rates weighted by their base, never an average of ratios. A group gets a value only when
 * every member has the inputs for that year (for an average population, this and the previous year-end).
 */
import type { Indicator, Observation } from './schema';
import type { RegionGroup } from './groups';

export type Lookup = (indicatorId: string, code: string, year: number) => Observation | undefined;

export function aggregationLabel(indicator: Indicator): string | null {
  const a = indicator.aggregation;
  if (!a) return null;
  if (a.method === 'sum') return 'sum of member values';
  if (a.method === 'ratio')
    return a.mean_denominator
      ? `sum of ${a.numerator} ÷ sum of average ${a.denominator} (mean of this and the previous year-end) over members, as NBS computes per-capita figures; no value where a member lacks the previous year-end`
      : `sum of ${a.numerator} ÷ sum of ${a.denominator} over members`;
  return `member values weighted by ${a.weight}`;
}

export function aggregateGroup(indicator: Indicator, group: Pick<RegionGroup, 'members'>, year: number, lookup: Lookup): Observation | null {
  const a = indicator.aggregation;
  if (!a) return null;
  const sources = new Set<string>();
  const get = (id: string, code: string, y = year) => {
    const o = lookup(id, code, y);
    if (o) o.sources.forEach((s) => sources.add(s));
    return o?.value;
  };
  let value: number;
  if (a.method === 'sum') {
    const values = group.members.map((c) => get(indicator.id, c));
    if (values.some((v) => v === undefined)) return null;
    value = (values as number[]).reduce((s, v) => s + v, 0);
  } else if (a.method === 'ratio') {
    // With mean_denominator a member without its previous year-end leaves the group empty: one method, no fallback.
    const denominator = (c: string) => {
      const d = get(a.denominator, c);
      if (d === undefined || !a.mean_denominator) return d;
      const previous = get(a.denominator, c, year - 1);
      return previous === undefined ? undefined : (d + previous) / 2;
    };
    const pairs = group.members.map((c) => [get(a.numerator, c), denominator(c)]);
    if (pairs.some(([n, d]) => n === undefined || d === undefined)) return null;
    const num = pairs.reduce((s, [n]) => s + n!, 0);
    const den = pairs.reduce((s, [, d]) => s + d!, 0);
    value = (num / den) * a.scale;
  } else {
    const pairs = group.members.map((c) => [get(indicator.id, c), get(a.weight, c)]);
    if (pairs.some(([v, w]) => v === undefined || w === undefined)) return null;
    const weight = pairs.reduce((s, [, w]) => s + w!, 0);
    value = pairs.reduce((s, [v, w]) => s + v! * w!, 0) / weight;
  }
  const f = 10 ** indicator.decimals;
  return {
    year,
    value: Math.round(value * f) / f,
    sources: [...sources].sort(),
    computed: { method: aggregationLabel(indicator)! },
  };
}
