/**
 * The data the peer pages draw, from the app's own build and its one view computation: the
 * provinces' geometry (the map's layer, geo/build/provinces.geojson) and, for each view the bench
 * shows, each province's value and class colour (summarizeView → viewChoropleth, as the app's map,
 * legend, first map and preview). Run by bench/peers.mjs: `node --import tsx bench/peers/peer-data.ts OUT.json`.
 */
import fs from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { provinceCollection } from '../../lib/server/province-geometry';
import { summarizeView } from '../../lib/server/view-summary';
import { yearsWithData } from '../../lib/server/indicator-store';
import { DEFAULT_STATE } from '../../lib/url/view-state';

const FIRST = { indicator: 'gdp_per_capita', year: 2024 };
const SWITCH = { indicator: 'population', year: 2024 };

const keyOf = (v: { indicator: string; year: number }) => `${v.indicator}/${v.year}`;

function viewOf(v: { indicator: string; year: number }) {
  const { choropleth } = summarizeView({ ...DEFAULT_STATE, ...v });
  return { colors: Object.fromEntries(choropleth.colors), values: Object.fromEntries(choropleth.values) };
}

const scrub = yearsWithData(FIRST.indicator)
  .filter((y) => y < FIRST.year)
  .slice(-10)
  .reverse()
  .map((year) => ({ ...FIRST, year }));
const views = [FIRST, SWITCH, ...scrub];
const provinces = provinceCollection() as FeatureCollection;
const data = {
  geojson: {
    type: 'FeatureCollection',
    features: provinces.features.map((f) => ({ type: 'Feature', properties: { code: f.properties!.code, name: f.properties!.name_en }, geometry: f.geometry })),
  },
  views: Object.fromEntries(views.map((v) => [keyOf(v), viewOf(v)])),
  first: keyOf(FIRST),
  switchTo: keyOf(SWITCH),
  scrub: scrub.map(keyOf),
};
fs.writeFileSync(process.argv[2], JSON.stringify(data));
