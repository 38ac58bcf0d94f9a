import { translate } from '../../i18n/messages';
import { defineLayer, legendItem } from '../define-layer';

/** How the line is drawn, on the map and on the server-drawn first map (dashes in line widths, as MapLibre's). */
export const HU_LINE_PAINT = { color: '#b83227', width: 2.2, dash: [4, 2], casing: '#ffffff', casingWidth: 5, casingOpacity: 0.7 } as const;

export const huLine = defineLayer({
  id: 'hu-line',
  geometryType: 'LineString',
  // The years of the population series the live split needs; static for the browser, so years.test.ts checks it against the dataset.
  years: [2000, 2024],
  kind: 'reference',
  toggleable: true,
  sources: [
    { name: 'Hu Huanyong (1935), Acta Geographica Sinica 2(2)', licence: 'Published figures cited as facts' },
    {
      name: 'Qi Wei et al. (2022), Acta Geographica Sinica 77(12)',
      url: 'https://www.geog.com.cn/article/2022/0375-5444/0375-5444-77-12-3023.shtml',
      licence: 'Published figures cited as facts',
    },
    { name: 'GeoNames (endpoints; populated places for the split)', url: 'https://www.geonames.org/', licence: 'CC BY 4.0' },
  ],
  idProperty: 'id',
  // Its details are a link too: region=line:hu-line.
  deepLinkPrefix: 'line',
  legend: [legendItem('layer.hu-line.name', '#b83227', 'dashed-line')],
  tooltip: ({ split }, _year, lang = 'en') => ({
    title: translate(lang, 'layer.hu-line.tooltip.title'),
    lines: [
      translate(lang, 'layer.hu-line.tooltip.endpoints'),
      split.population
        ? translate(lang, 'layer.hu-line.tooltip.split', { year: split.year, population: split.population.east_pct, area: split.area.east_pct })
        : translate(lang, 'layer.hu-line.tooltip.published'),
    ],
  }),
  mapLayers: (source) => [
    {
      id: 'hu-line-casing',
      type: 'line',
      source,
      layout: { 'line-cap': 'round' },
      paint: { 'line-color': HU_LINE_PAINT.casing, 'line-width': HU_LINE_PAINT.casingWidth, 'line-opacity': HU_LINE_PAINT.casingOpacity },
    },
    {
      id: 'hu-line-line',
      type: 'line',
      source,
      layout: { 'line-cap': 'round' },
      paint: {
        'line-color': HU_LINE_PAINT.color,
        'line-width': ['case', ['boolean', ['feature-state', 'hover'], false], 3.5, HU_LINE_PAINT.width],
        'line-dasharray': [...HU_LINE_PAINT.dash],
      },
    },
  ],
});
