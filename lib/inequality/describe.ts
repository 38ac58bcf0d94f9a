/**
 * The inequality view's sentences, written from the API's numbers (never recomputed): what each
 * measure says, in the reader's language, describing the period without claiming a cause.
 */
import type { ConvergenceResponse } from '../indicators/api-types';
import type { Localizer } from '../i18n/localize';
import type { Indicator } from '../indicators/schema';
import { yearList } from './year-list';

export type Grouping = 'regions' | 'coastal';

/** A measure written with a fixed number of decimals in the view's locale ("0.388", "−0.0193"). */
export const measure = (l10n: Localizer, v: number, digits = 3) =>
  v.toLocaleString(l10n.locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });

type Labelled = Pick<Indicator, 'label_en' | 'label_zh'>;

export function describeDispersion(l10n: Localizer, indicator: Labelled, data: ConvergenceResponse): string {
  const [first, last] = [data.years[0], data.years.at(-1)!];
  const trend = last.cv_weighted < first.cv_weighted ? 'convergence.fell' : last.cv_weighted > first.cv_weighted ? 'convergence.rose' : 'convergence.stayed';
  return l10n.t('gaps.dispersionText', {
    indicator: l10n.label(indicator),
    trend: l10n.t(trend),
    from: first.year,
    to: last.year,
    fromCv: measure(l10n, first.cv_weighted),
    toCv: measure(l10n, last.cv_weighted),
    fromGini: measure(l10n, first.gini),
    toGini: measure(l10n, last.gini),
  });
}

export function describeTheil(l10n: Localizer, data: ConvergenceResponse, grouping: Grouping): string {
  const [first, last] = [data.years[0], data.years.at(-1)!];
  const pick = (y: (typeof data.years)[number]) =>
    grouping === 'regions' ? [y.theil.between_regions, y.theil.within_regions] : [y.theil.between_coastal, y.theil.within_coastal];
  const [[fromBetween, fromWithin], [between, within]] = [pick(first), pick(last)];
  return l10n.t('gaps.theilText', {
    to: last.year,
    from: first.year,
    total: measure(l10n, last.theil.total),
    between: measure(l10n, between),
    within: measure(l10n, within),
    fromBetween: measure(l10n, fromBetween),
    fromWithin: measure(l10n, fromWithin),
    groups: l10n.t(grouping === 'regions' ? 'gaps.regions' : 'gaps.coastal'),
  });
}

/** Null when no line could be fitted. */
export function describeBeta(l10n: Localizer, data: ConvergenceResponse): string | null {
  const b = data.beta;
  if (!b) return null;
  const common = {
    from: data.from,
    to: data.to,
    b: measure(l10n, b.coefficient, 4),
    se: measure(l10n, b.std_error, 4),
    r2: measure(l10n, b.r2, 2),
    n: b.n,
  };
  const text =
    b.speed !== null && b.half_life_years !== null
      ? l10n.t('gaps.betaConverging', { ...common, halfLife: measure(l10n, b.half_life_years, 0), speed: measure(l10n, b.speed * 100, 1) })
      : l10n.t('gaps.betaNotConverging', common);
  return `${text} ${l10n.t('gaps.betaCaution')}`;
}

export function describeRanks(l10n: Localizer, data: ConvergenceResponse): string {
  const m = data.rank_mobility;
  return l10n.t('gaps.rankText', { from: data.from, to: data.to, tau: measure(l10n, m.kendall_tau, 2), moved: m.moved_3_plus, n: m.n });
}

/** The measured years that include Hinterland estimates, as "2005–2018", or null. */
export function estimatedYears(data: ConvergenceResponse): string | null {
  const years = data.years.filter((y) => y.estimates > 0).map((y) => y.year);
  return years.length ? yearList(years) : null;
}
