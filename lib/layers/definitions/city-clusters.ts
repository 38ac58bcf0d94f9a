import { translate } from '../../i18n/messages';
import { fullName } from '../../i18n/localize';
import { defineLayer, legendItem } from '../define-layer';

const TIER_COLOURS = { optimise: '#c2410c', develop: '#0f766e', cultivate: '#6d28d9' } as const;

export const cityClusters = defineLayer({
  id: 'city-clusters',
  geometryType: 'Polygon',
  kind: 'schematic',
  toggleable: true,
  sources: [
    {
      name: '14th Five-Year Plan (2021) for the list and tiers; each cluster’s State Council/NDRC or provincial plan for its members (per feature)',
      licence: 'Official documents; facts cited',
    },
    { name: 'GeoNames (member city points)', url: 'https://www.geonames.org/', licence: 'CC BY 4.0' },
  ],
  idProperty: 'id',
  deepLinkPrefix: 'cluster',
  legend: [
    legendItem('layer.city-clusters.legend.optimise', TIER_COLOURS.optimise, 'fill'),
    legendItem('layer.city-clusters.legend.develop', TIER_COLOURS.develop, 'fill'),
    legendItem('layer.city-clusters.legend.cultivate', TIER_COLOURS.cultivate, 'fill'),
  ],
  tooltip: (p, _year, lang = 'en') => {
    const tier = translate(lang, 'layer.city-clusters.tooltip.tier', { tier: translate(lang, `layer.city-clusters.tier.${p.tier}`) });
    const approved = p.approved ? ` · ${translate(lang, 'layer.city-clusters.tooltip.approved', { year: p.approved })}` : '';
    return { title: fullName(p, lang), lines: [`${tier}${approved}`, translate(lang, 'layer.city-clusters.tooltip.members', { count: p.members.length })] };
  },
  mapLayers: (source) => [
    {
      id: 'city-clusters-fill',
      type: 'fill',
      source,
      paint: {
        'fill-color': ['match', ['get', 'tier'], 'optimise', TIER_COLOURS.optimise, 'develop', TIER_COLOURS.develop, TIER_COLOURS.cultivate],
        'fill-opacity': ['case', ['boolean', ['feature-state', 'hover'], false], 0.28, 0.14],
      },
    },
    {
      id: 'city-clusters-outline',
      type: 'line',
      source,
      paint: {
        'line-color': ['match', ['get', 'tier'], 'optimise', TIER_COLOURS.optimise, 'develop', TIER_COLOURS.develop, TIER_COLOURS.cultivate],
        'line-width': 1.2,
        'line-dasharray': [2, 1.5],
      },
    },
  ],
});
