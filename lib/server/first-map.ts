/**
 * What the server-drawn first map of a view shows: each province's path, fill and accessible name
 * from the view's one choropleth computation (summarizeView → viewChoropleth, as the map, legend and
 * preview image), framed as the map's first camera. The page renders it as SVG (components/map/FirstPaintMap.tsx).
 */
import { once } from '../cache/memo';
import { formatChange } from '../choropleth/change-map';
import { localizer } from '../i18n/localize';
import { PROVINCE_FILL_OPACITY } from '../layers/definitions/provinces';
import { CHINA_BOUNDS, isDefaultView } from '../map/default-view';
import type { FirstMap, ProvinceSvgBuild } from '../map/first-map-schema';
import { cameraTransform, linePath, projectedBounds, viewBoxOf } from '../map/svg-choropleth';
import { PROVINCES } from '../regions/provinces';
import type { ViewState } from '../url/view-state';
import { readBuildFile } from './build-files';
import { huLineCollection } from './hu-line-layer';
import { summarizeView } from './view-summary';

const provinceSvg = once((): ProvinceSvgBuild => JSON.parse(readBuildFile('province-svg.json').toString('utf8')));

/** The view's first map, or null where the map is not what the view shows first (another tab, a tilted camera). */
export function firstMapOf(state: ViewState): FirstMap | null {
  if (state.view !== 'map' || state.map.pitch) return null;
  const l10n = localizer(state.lang);
  const { choropleth, indicator, title } = summarizeView(state);
  const { paths, land } = provinceSvg();
  const change = choropleth.change;
  const valueText = (v: number | null) =>
    v === null ? l10n.t('common.noData') : change ? formatChange(v, change.kind, indicator, l10n.lang) : l10n.withUnit(v, indicator);
  const provinces = PROVINCES.map((p) => ({
    code: p.code,
    d: paths[p.code],
    fill: choropleth.colors.get(p.code)!,
    opacity: choropleth.dimmed.has(p.code) ? PROVINCE_FILL_OPACITY.dimmed : PROVINCE_FILL_OPACITY.shown,
    title: l10n.t('firstMap.province', { name: l10n.name(p), value: valueText(choropleth.values.get(p.code) ?? null) }),
  }));
  const hu = state.layers.includes('hu-line') ? huLineCollection().features[0].geometry.coordinates : null;
  return {
    lang: state.lang,
    label: l10n.t('firstMap.label', { title }),
    frame: isDefaultView(state.map)
      ? { kind: 'fit', viewBox: viewBoxOf(projectedBounds(CHINA_BOUNDS)) }
      : { kind: 'camera', transform: cameraTransform(state.map) },
    land,
    provinces,
    selected: state.region && paths[state.region] ? paths[state.region] : null,
    huLine: hu ? linePath(hu) : null,
    noScript: l10n.t('firstMap.noScript'),
  };
}
