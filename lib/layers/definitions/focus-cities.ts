import { fullName } from '../../i18n/localize';
import { defineLayer, legendItem } from '../define-layer';

export const focusCities = defineLayer({
  id: 'focus-cities',
  geometryType: 'Point',
  kind: 'observed',
  toggleable: true,
  sources: [
    { name: 'Official, news and encyclopedia sources, per fact (see sources)', licence: 'Facts cited' },
    { name: 'GeoNames (city points)', url: 'https://www.geonames.org/', licence: 'CC BY 4.0' },
  ],
  idProperty: 'id',
  deepLinkPrefix: 'city',
  legend: [legendItem('layer.focus-cities.legend', '#f59e0b', 'circle')],
  tooltip: (p, _year, lang = 'en') => ({ title: fullName(p, lang), lines: [p.theme] }),
  mapLayers: (source) => [
    {
      id: 'focus-cities-halo',
      type: 'circle',
      source,
      paint: { 'circle-radius': 13, 'circle-color': '#f59e0b', 'circle-opacity': 0.25 },
    },
    {
      id: 'focus-cities-circle',
      type: 'circle',
      source,
      paint: {
        'circle-radius': ['case', ['boolean', ['feature-state', 'hover'], false], 8, 6],
        'circle-color': '#f59e0b',
        'circle-stroke-color': '#7c2d12',
        'circle-stroke-width': 1.5,
      },
    },
  ],
});
