import { translate } from '../../i18n/messages';
import { defineLayer, legendItem } from '../define-layer';

// The 2021 adjustment re-paired the provinces: a historical pair whose end no source gave ends then.
const REPAIRING_YEAR = 2021;

export const collaborationPairs = defineLayer({
  id: 'collaboration-pairs',
  geometryType: 'LineString',
  // From the first pairings (1996) to today; years.test.ts checks every pair's years fall inside.
  years: [1996, 2025],
  kind: 'observed',
  toggleable: true,
  sources: [{ name: 'Provincial and national reports, per feature (see sources)', licence: 'Official documents and news reports; facts cited' }],
  idProperty: 'id',
  deepLinkPrefix: 'pair',
  filterByYear: (p, year) => p.since <= year && year < (p.until ?? (p.status === 'historical' ? REPAIRING_YEAR : Infinity)),
  legend: [
    legendItem('layer.collaboration-pairs.legend.current', '#1d4ed8', 'line'),
    legendItem('layer.collaboration-pairs.legend.historical', '#94a3b8', 'dashed-line'),
  ],
  tooltip: (p, _year, lang = 'en') => {
    const period = p.until
      ? translate(lang, 'layer.collaboration-pairs.tooltip.sinceUntil', { since: p.since, until: p.until })
      : translate(lang, 'layer.collaboration-pairs.tooltip.since', { since: p.since });
    const level = p.level === 'city' ? ` · ${translate(lang, 'layer.collaboration-pairs.tooltip.cityLevel')}` : '';
    const line = `${period}${level} · ${translate(lang, `layer.collaboration-pairs.status.${p.status}`)}`;
    const chinese = `${p.east_name_zh} → ${p.west_name_zh}`;
    // English readers get the Chinese names as a second line.
    return lang === 'zh' ? { title: chinese, lines: [line] } : { title: `${p.east_name_en} → ${p.west_name_en}`, lines: [chinese, line] };
  },
  mapLayers: (source) => [
    {
      id: 'collaboration-pairs-line',
      type: 'line',
      source,
      layout: { 'line-cap': 'round' },
      paint: {
        'line-color': ['case', ['==', ['get', 'status'], 'current'], '#1d4ed8', '#94a3b8'],
        'line-width': ['case', ['boolean', ['feature-state', 'hover'], false], 4, 2],
        'line-opacity': 0.85,
        'line-dasharray': ['case', ['==', ['get', 'status'], 'current'], ['literal', [1, 0]], ['literal', [2, 2]]],
      },
    },
  ],
});
