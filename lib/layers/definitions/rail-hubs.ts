import { translate } from '../../i18n/messages';
import { fullName } from '../../i18n/localize';
import { defineLayer, legendItem } from '../define-layer';

// Hubs whose HSR opening year no source gave: their sources (read in 2024) describe them in service.
const IN_SERVICE_YEAR = 2024;

export const railHubs = defineLayer({
  id: 'rail-hubs',
  descriptionVars: { inServiceYear: IN_SERVICE_YEAR },
  geometryType: 'Point',
  // Wider than the openings on purpose: any year in it is a valid view (before the first opening, no hubs).
  // years.test.ts checks that every opening in the data falls inside.
  years: [1990, 2026],
  kind: 'observed',
  toggleable: true,
  sources: [
    { name: 'Station articles (Wikipedia and others, per feature source_url)', licence: 'Facts cited from CC BY-SA 4.0 text' },
    { name: 'GeoNames (city points where station coordinates are unknown)', url: 'https://www.geonames.org/', licence: 'CC BY 4.0' },
  ],
  idProperty: 'id',
  deepLinkPrefix: 'hub',
  filterByYear: (p, year) => (p.opened === null ? year >= IN_SERVICE_YEAR : p.opened <= year),
  legend: [legendItem('layer.rail-hubs.legend.station', '#5a2d82', 'circle'), legendItem('layer.rail-hubs.legend.atCity', 'rgba(90,45,130,0.6)', 'circle')],
  tooltip: (p, _year, lang = 'en') => {
    const opened = p.opened ? translate(lang, 'layer.rail-hubs.tooltip.opened', { year: p.opened }) : translate(lang, 'layer.rail-hubs.tooltip.openedUnknown');
    const corridors = p.corridors.slice(0, 3);
    // `city` is an English name, so Chinese readers are not shown it.
    return { title: fullName(p, lang), lines: [lang === 'zh' ? opened : `${opened} · ${p.city}`, ...corridors] };
  },
  mapLayers: (source) => [
    {
      id: 'rail-hubs-circle',
      type: 'circle',
      source,
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 3, 3.5, 8, 7],
        'circle-color': '#5a2d82',
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': ['case', ['boolean', ['feature-state', 'hover'], false], 3, 1.5],
        'circle-opacity': ['case', ['==', ['get', 'location_precision'], 'city'], 0.6, 1],
      },
    },
  ],
});
