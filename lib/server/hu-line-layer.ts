/** The Hu Line as a GeoJSON feature for one year: geometry, published shares and the live split. */
import type { Feature, FeatureCollection, LineString } from 'geojson';
import type { HuLineBuild } from '../layers/hu-line-schema';
import { huLineSplit } from '../layers/hu-line-split';
import { observationAt } from '../indicators/observation-at';
import { once } from '../cache/memo';
import { readBuildFile } from './build-files';
import { translate } from '../i18n/messages';
import { dataset, yearsWithData } from './indicator-store';

const huLine = once((): HuLineBuild => JSON.parse(readBuildFile('hu-line.json').toString('utf8')));

const valueOf = (id: 'population' | 'gdp', code: string, year: number) => observationAt(dataset().series[id]?.[code], year)?.value;

/** The latest year in which every province has a population figure (else the latest with any). */
function defaultHuLineYear(): number {
  const codes = huLine().provinces.map((p) => p.code);
  const years = yearsWithData('population');
  return years.findLast((year) => codes.every((c) => valueOf('population', c, year) !== undefined)) ?? years.at(-1)!;
}

export function huLineCollection(year = defaultHuLineYear()): FeatureCollection<LineString> {
  const b = huLine();
  const feature: Feature<LineString> = {
    type: 'Feature',
    id: 'hu-line',
    properties: {
      id: 'hu-line',
      name_en: translate('en', 'layer.hu-line.name'),
      name_zh: translate('zh', 'layer.hu-line.name'),
      published_shares: b.published_shares,
      split: huLineSplit(b.provinces, year, valueOf),
      sources: Object.fromEntries(b.citations.map((c) => [c.id, c])),
    },
    geometry: { type: 'LineString', coordinates: b.coordinates },
  };
  return { type: 'FeatureCollection', features: [feature] };
}
