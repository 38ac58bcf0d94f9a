/** The Hu Line as a GeoJSON feature for one year: geometry, published shares and the live split. */
import type { Feature, FeatureCollection, LineString } from 'geojson';
import type { HuLineBuild } from '../layers/hu-line-schema';
import { huLineSplit } from '../layers/hu-line-split';
import { observationAt } from '../indicators/observation-at';
import { once, readBuildFile } from './build-files';
import { dataset } from './indicator-store';

const huLine = once((): HuLineBuild => JSON.parse(readBuildFile('hu-line.json').toString('utf8')));

const valueOf = (id: 'population' | 'gdp', code: string, year: number) =>
  observationAt(dataset().series[id]?.[code], year)?.value;

/** The latest year in which every province has a population figure. */
export function defaultHuLineYear(): number {
  const codes = huLine().provinces.map((p) => p.code);
  for (let year = 2024; year >= 2000; year--) if (codes.every((c) => valueOf('population', c, year) !== undefined)) return year;
  return 2024;
}

export function huLineCollection(year = defaultHuLineYear()): FeatureCollection<LineString> {
  const b = huLine();
  const feature: Feature<LineString> = {
    type: 'Feature',
    id: 'hu-line',
    properties: {
      id: 'hu-line',
      name_en: 'Hu Line (Heihe–Tengchong)',
      name_zh: '胡焕庸线（黑河—腾冲）',
      published_shares: b.published_shares,
      split: huLineSplit(b.provinces, year, valueOf),
      sources: Object.fromEntries(b.citations.map((c) => [c.id, c])),
    },
    geometry: { type: 'LineString', coordinates: b.coordinates },
  };
  return { type: 'FeatureCollection', features: [feature] };
}
