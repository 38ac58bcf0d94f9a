/**
 * What a deep-linked view shows, in words and numbers: the title for <title>, Open Graph and the
 * preview image ("GDP per capita, 2024 — Hubei"), and the choropleth the map and the preview draw.
 */
import { viewChoropleth, type ViewChoropleth } from '../choropleth/view-choropleth';
import { changeStartYear, changeWords, formatChange, type ChangeInput } from '../choropleth/change-map';
import { CHINA_CODE } from '../regions/provinces';
import { nearestYear } from '../choropleth/years';
import { localizer } from '../i18n/localize';
import { observationAt } from '../indicators/observation-at';
import type { Indicator } from '../indicators/schema';
import { REGIONS, regionByCode } from '../indicators/regions';
import { parseFeatureLink } from '../layers/feature-link';
import { layerById } from '../layers/registry';
import { featureName } from '../layers/feature-name';
import type { ViewState } from '../url/view-state';
import { scatterAxes, scatterYear, startYear as viewStartYear } from '../views/view-defaults';
import { viewTitle } from '../views/view-title';
import { dataset, indicatorById, yearsWithData } from './indicator-store';
import { layerCollection } from './layer-store';

interface ViewSummary {
  indicator: Indicator;
  year: number | null;
  /** Name of the selected province, group or feature in the view's language. */
  regionName: string | null;
  /** "GDP per capita, 2024 — Hubei" (without the site name): what the preview image draws. */
  title: string;
  /** The view's own title ("GDP per capita, 2005–2024 · Chart"), for <title> and link previews. */
  pageTitle: string;
  choropleth: ViewChoropleth;
  publishers: string[];
  /** Provinces whose value is a Hinterland estimate (modeled indicators: all of them). */
  estimated: number;
  /** On the change map: the unit line and what the colours diverge from (the title says "Change in …"). */
  change: { unit: string; note: string } | null;
}

interface Named {
  name_en: string;
  name_zh: string;
}

/** A province, group, China or a deep-linked layer feature, by the id the URL uses. */
function regionNames(id: string): Named | null {
  const region = regionByCode(id);
  if (region) return region;
  const link = parseFeatureLink(id);
  const layer = link && layerById(link.layerId);
  if (!link || !layer) return null;
  const feature = layerCollection(layer).features.find((f) => String(f.properties?.[layer.idProperty]) === link.featureId);
  return featureName(feature?.properties);
}

export function summarizeView(state: ViewState): ViewSummary {
  const l10n = localizer(state.lang);
  const indicator = indicatorById(state.indicator) ?? dataset().indicators[0];
  const year = nearestYear(yearsWithData(indicator.id), state.year);
  const named = state.region ? regionNames(state.region) : null;
  const regionName = named ? l10n.name(named) : null;
  const label = l10n.label(indicator);
  const startYear = state.change ? changeStartYear(yearsWithData(indicator.id), state.from, year) : null;
  const axes = scatterAxes(state);
  const [x, y] = [indicatorById(axes.x), indicatorById(axes.y)];
  const pageTitle = viewTitle(l10n, {
    view: state.view,
    indicator,
    year: state.view === 'scatter' && x && y ? scatterYear(state.year, yearsWithData(x.id), yearsWithData(y.id)) : year,
    from: startYear ?? viewStartYear(state, yearsWithData(indicator.id)),
    regionName,
    scatter: x && y ? { x, y } : null,
    change: startYear !== null,
  });

  const values = new Map<string, number | null>();
  const sources = new Set<string>();
  let estimated = 0;
  const at = (code: string, y: number | null) => (y === null ? undefined : observationAt(dataset().series[indicator.id]?.[code], y));
  const provinces = REGIONS.filter((r) => r.kind === 'province');
  for (const region of provinces) {
    // The change map draws from both years' values: their sources and estimates count.
    const used = [at(region.code, year), ...(startYear !== null ? [at(region.code, startYear)] : [])];
    used.forEach((o) => o?.sources.forEach((s) => sources.add(s)));
    if (used.some((o) => o?.estimate)) estimated++;
    values.set(region.code, at(region.code, year)?.value ?? null);
  }
  const change: ChangeInput | null =
    state.change && startYear !== null && year !== null
      ? {
          kind: state.change,
          from: startYear,
          to: year,
          start: new Map(provinces.map((r) => [r.code, at(r.code, startYear)?.value ?? null])),
          national: { from: at(CHINA_CODE, startYear)?.value ?? null, to: at(CHINA_CODE, year)?.value ?? null },
        }
      : null;
  const choropleth = viewChoropleth({
    values,
    indicator,
    classification: state.classification,
    filters: { group: state.group, range: state.range },
    legend: {
      format: change ? (v) => formatChange(v, change.kind, indicator, l10n.lang) : (v) => l10n.value(v, indicator),
      noDataLabel: l10n.t('legend.noData'),
    },
    change,
  });
  const words = choropleth.change ? changeWords(l10n, indicator, choropleth.change) : null;
  const heading = words ? words.title : year === null ? label : l10n.t('view.title', { indicator: label, year });
  const title = `${heading}${regionName ? ` — ${regionName}` : ''}`;
  const citations = dataset().citations;
  const publishers = [...new Set([...sources].map((s) => citations[s]?.publisher).filter((p): p is string => !!p))];
  return { indicator, year, regionName, title, pageTitle, choropleth, publishers, estimated, change: words && { unit: words.unit, note: words.note } };
}
