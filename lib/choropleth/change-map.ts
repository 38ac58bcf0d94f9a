/**
 * The change map's values: each province's change from `from` to `year` (percent, absolute, or
 * compound annual growth: lib/views/change.ts, the table's own arithmetic), and China's change,
 * which the diverging colours are centred on. Pure: the map, the legend and the preview image read it.
 */
import { formatIndicatorValue, type FormattedIndicator } from '../indicators/format';
import type { Indicator } from '../indicators/schema';
import type { Lang } from '../i18n/messages';
import { localeOf } from '../indicators/format';
import type { ChangeKind } from '../url/view-state';
import { change } from '../views/change';
import type { Localizer } from '../i18n/localize';
import type { ChoroplethChange } from './view-choropleth';

export interface ChangeInput {
  kind: ChangeKind;
  from: number;
  to: number;
  /** Each province's value in `from`, by code (null where it has none). */
  start: ReadonlyMap<string, number | null>;
  /** China's published value in both years (null where missing). */
  national: { from: number | null; to: number | null };
}

export function changeOf(kind: ChangeKind, start: number | null, end: number | null, years: number): number | null {
  if (start === null || end === null) return null;
  return change(start, end, years)[kind];
}

/** Each province's change, by code: null where either year has no value (or a percentage of a non-positive start). */
export function changeValues(end: ReadonlyMap<string, number | null>, input: ChangeInput): Map<string, number | null> {
  return new Map([...end].map(([code, value]) => [code, changeOf(input.kind, input.start.get(code) ?? null, value, input.to - input.from)]));
}

export const nationalChange = (input: ChangeInput): number | null => changeOf(input.kind, input.national.from, input.national.to, input.to - input.from);

/** "+12.3%", "+5.2%" a year, "+1,234" (in the indicator's unit): how the legend and hover write a change. */
export function formatChange(value: number, kind: ChangeKind, indicator: FormattedIndicator, lang: Lang): string {
  const sign = value > 0 ? '+' : '';
  if (kind === 'abs') return `${sign}${formatIndicatorValue(value, indicator, lang, 'value')}`;
  const digits = kind === 'cagr' || Math.abs(value) < 10 ? 1 : 0;
  return `${sign}${value.toLocaleString(localeOf(lang), { minimumFractionDigits: digits, maximumFractionDigits: digits })}%`;
}

/** The change map's start year: the year with data nearest the link's `from`, before `year`; null if there is none. */
export function changeStartYear(yearsWithData: readonly number[], from: number | null, year: number | null): number | null {
  if (from === null || year === null) return null;
  const before = yearsWithData.filter((y) => y < year);
  if (before.length === 0) return null;
  return before.reduce((best, y) => (Math.abs(y - from) < Math.abs(best - from) ? y : best));
}

/** The change map's title, unit line and centre note, for the legend and the preview image alike. */
export function changeWords(
  l10n: Localizer,
  indicator: Pick<Indicator, 'label_en' | 'label_zh' | 'unit_en' | 'unit_zh' | 'decimals'>,
  change: ChoroplethChange,
): { title: string; unit: string; note: string } {
  const unit = change.kind === 'pct' ? l10n.t('change.unitPct') : change.kind === 'cagr' ? l10n.t('change.unitCagr') : l10n.unit(indicator);
  const note = change.national
    ? l10n.t('change.centreNational', { value: formatChange(change.centre, change.kind, indicator, l10n.lang) })
    : l10n.t('change.centreZero');
  return { title: l10n.t('change.title', { indicator: l10n.label(indicator), from: change.from, to: change.to }), unit, note };
}
