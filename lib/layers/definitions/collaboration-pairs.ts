import type { LayerDefinition } from '../registry';

export const collaborationPairs: LayerDefinition = {
  id: 'collaboration-pairs',
  title: 'East–West pairs',
  title_zh: '东西部协作结对',
  description:
    'East–West collaboration (东西部协作) pairings: curved lines from each eastern province’s capital to its western partner’s. ' +
    'Current pairs follow the 2021 adjustment, each confirmed from the two sides’ own reports (no single official 2021 list was found); ' +
    'earlier pairings since 1996 are marked historical. With a year, a pair shows from its first documented year; a historical pair whose end ' +
    'no source gave is shown until the 2021 re-pairing.',
  description_zh: '东西部协作结对关系：从东部省份省会到其西部结对省份省会的弧线。现行结对依据2021年调整，均由双方各自的报道确认（未找到统一的2021年官方名单）；1996年以来的早期结对标为历史结对。',
  geometryType: 'LineString',
  years: [1996, 2025],
  kind: 'observed',
  toggleable: true,
  sources: [{ name: 'Provincial and national reports, per feature (see sources)', licence: 'Official documents and news reports; facts cited' }],
  idProperty: 'id',
  deepLinkPrefix: 'pair',
  filterByYear: (p, year) => (p.since as number) <= year && year < ((p.until as number | null) ?? (p.status === 'historical' ? 2021 : 9999)),
  legend: [
    { label: 'Current pair (2021 adjustment)', label_zh: '现行结对（2021年调整）', color: '#1d4ed8', symbol: 'line' },
    { label: 'Earlier pairing (historical)', label_zh: '早期结对（历史）', color: '#94a3b8', symbol: 'dashed-line' },
  ],
  tooltip: (p, _year, lang = 'en') =>
    lang === 'zh'
      ? {
          title: `${p.east_name_zh} → ${p.west_name_zh}`,
          lines: [`${p.since}年起${p.until ? `，至${p.until}年` : ''}${p.level === 'city' ? ' · 市级' : ''} · ${p.status === 'current' ? '现行' : '历史'}`],
        }
      : {
    title: `${p.east_name_en} → ${p.west_name_en}`,
    lines: [`${p.east_name_zh} → ${p.west_name_zh}`, `Since ${p.since}${p.until ? `, until ${p.until}` : ''}${p.level === 'city' ? ' · city-level' : ''} · ${p.status}`],
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
};
