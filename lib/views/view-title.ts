/** The title of a view, for the tab and for link previews: the same words on the server and in the browser. */
import type { Localizer } from '../i18n/localize';
import type { Indicator } from '../indicators/schema';
import type { ViewKind } from '../url/view-state';

type Labelled = Pick<Indicator, 'label_en' | 'label_zh'>;

export interface TitleParts {
  view: ViewKind;
  indicator: Labelled;
  /** The end year shown (null when the indicator has none). */
  year: number | null;
  /** The start year of the chart's and table's range. */
  from: number | null;
  regionName: string | null;
  scatter: { x: Labelled; y: Labelled } | null;
  /** The map colours changes from `from` to `year`. */
  change?: boolean;
}

export function viewTitle(l10n: Localizer, p: TitleParts): string {
  const label = l10n.label(p.indicator);
  const region = p.regionName ? ` — ${p.regionName}` : '';
  const kind = l10n.t(`views.${p.view}`);
  const range = p.from !== null && p.year !== null && p.from < p.year ? `${p.from}–${p.year}` : p.year;
  switch (p.view) {
    case 'map':
      if (p.change && range !== p.year) return `${l10n.t('change.title', { indicator: label, from: p.from!, to: p.year! })}${region}`;
      return `${p.year === null ? label : l10n.t('view.title', { indicator: label, year: p.year })}${region}`;
    case 'scatter':
      return `${p.scatter ? l10n.t('scatter.title', { x: l10n.label(p.scatter.x), y: l10n.label(p.scatter.y), year: p.year ?? '' }) : label} · ${kind}`;
    case 'sources':
    case 'gaps':
      return `${label} · ${kind}`;
    default:
      return `${range === null ? label : l10n.t('views.rangeTitle', { indicator: label, range })}${region} · ${kind}`;
  }
}
