/**
 * Each view's description, written from the data it draws, for screen readers and shown under the
 * view. One function per view; the numbers come from the same rows the view draws.
 */
import type { Localizer } from '../i18n/localize';
import type { Indicator } from '../indicators/schema';
import type { RegionRef } from '../indicators/regions';
import type { TableData } from './table-rows';
import type { ScatterFit, ScatterPoint } from './scatter-points';

type Shown = Pick<Indicator, 'label_en' | 'label_zh' | 'unit_en' | 'unit_zh' | 'decimals'>;
type Named = Pick<RegionRef, 'name_en' | 'name_zh'>;

const extremes = <T>(items: readonly T[], value: (item: T) => number): [T, T] | null => {
  if (items.length === 0) return null;
  const sorted = [...items].sort((a, b) => value(a) - value(b));
  return [sorted[0], sorted.at(-1)!];
};

const percent = (l10n: Localizer, v: number) => `${v > 0 ? '+' : ''}${v.toLocaleString(l10n.locale, { maximumFractionDigits: 1 })}%`;

export function describeMap(
  l10n: Localizer,
  indicator: Shown,
  year: number,
  values: readonly { place: Named & { code: string }; value: number }[],
  selected: { place: Named; rank: number | null; of: number } | null,
): string {
  const ends = extremes(values, (v) => v.value);
  if (!ends) return '';
  const [min, max] = ends;
  const text = l10n.t('describe.map', {
    year,
    indicator: l10n.label(indicator),
    min: l10n.withUnit(min.value, indicator),
    minName: l10n.name(min.place),
    max: l10n.withUnit(max.value, indicator),
    maxName: l10n.name(max.place),
    count: values.length,
  });
  return selected?.rank ? `${text} ${l10n.t('describe.mapSelected', { name: l10n.name(selected.place), rank: selected.rank, of: selected.of })}` : text;
}

export interface DescribedLine {
  place: Named;
  first: { year: number; value: number } | null;
  last: { year: number; value: number } | null;
}

export function describeChart(l10n: Localizer, indicator: Shown, lines: readonly DescribedLine[], from: number, to: number, relative: boolean): string {
  const value = (v: number) => (relative ? v.toLocaleString(l10n.locale, { maximumFractionDigits: 1 }) : l10n.withUnit(v, indicator));
  const parts = lines.map((line) =>
    line.first && line.last
      ? l10n.t('describe.chartLine', {
          name: l10n.name(line.place),
          start: value(line.first.value),
          startYear: line.first.year,
          end: value(line.last.value),
          endYear: line.last.year,
        })
      : l10n.t('describe.chartNoValue', { name: l10n.name(line.place) }),
  );
  const label = relative ? `${l10n.label(indicator)} (${l10n.t('chart.relative')})` : l10n.label(indicator);
  return l10n.t('describe.chart', { indicator: label, from, to, lines: parts.join(l10n.lang === 'zh' ? '；' : '; ') });
}

export function describeScatter(
  l10n: Localizer,
  axes: { x: Shown; y: Shown },
  year: number,
  points: readonly ScatterPoint[],
  nameOf: (code: string) => Named,
  fit: ScatterFit | null,
): string {
  const ends = extremes(points, (p) => p.y);
  if (!ends) return l10n.t('scatter.empty', { year });
  const [bottom, top] = ends;
  const text = l10n.t('describe.scatter', {
    year,
    n: points.length,
    x: l10n.label(axes.x),
    y: l10n.label(axes.y),
    top: `${l10n.name(nameOf(top.code))} (${l10n.withUnit(top.y, axes.y)})`,
    bottom: `${l10n.name(nameOf(bottom.code))} (${l10n.withUnit(bottom.y, axes.y)})`,
  });
  return fit ? `${text} ${l10n.t('describe.scatterFit', { slope: formatSlope(l10n, fit.slope), r2: fit.r2.toFixed(2) })}` : text;
}

/** A slope with three significant digits, in the reader's number format. */
export const formatSlope = (l10n: Localizer, slope: number) => slope.toLocaleString(l10n.locale, { maximumSignificantDigits: 3 });

export function describeTable(l10n: Localizer, indicator: Shown, data: TableData): string {
  const provinces = data.rows.filter((r) => r.region.kind === 'province');
  const label = l10n.label(indicator);
  const growth = provinces.filter((r) => r.change?.cagr != null);
  const pace = extremes(growth, (r) => r.change!.cagr!);
  if (data.startYear !== null && pace) {
    const [slow, fast] = pace;
    const movers = provinces.filter((r) => r.rankChange !== null);
    const mover = extremes(movers, (r) => Math.abs(r.rankChange!))?.[1];
    const moves = mover?.rankChange
      ? l10n.t(mover.rankChange > 0 ? 'describe.rankUp' : 'describe.rankDown', { n: Math.abs(mover.rankChange) })
      : l10n.t('describe.rankUp', { n: 0 });
    return l10n.t('describe.table', {
      indicator: label,
      from: data.startYear,
      to: data.endYear!,
      fast: l10n.name(fast.region),
      fastRate: percent(l10n, fast.change!.cagr!),
      slow: l10n.name(slow.region),
      slowRate: percent(l10n, slow.change!.cagr!),
      mover: mover ? l10n.name(mover.region) : '—',
      moves,
    });
  }
  const withEnd = provinces.filter((r) => r.end !== null);
  const ends = extremes(withEnd, (r) => r.end!.value);
  if (!ends || data.endYear === null) return '';
  const [bottom, top] = ends;
  return l10n.t('describe.tableNoChange', {
    indicator: label,
    to: data.endYear,
    top: l10n.name(top.region),
    topValue: l10n.withUnit(top.end!.value, indicator),
    bottom: l10n.name(bottom.region),
    bottomValue: l10n.withUnit(bottom.end!.value, indicator),
  });
}
