import type { LayerDefinition } from '../registry';

export const TIER_COLOURS = { optimise: '#c2410c', develop: '#0f766e', cultivate: '#6d28d9' } as const;

const TIER_ZH = { optimise: '优化提升', develop: '发展壮大', cultivate: '培育发展' } as const;

export const cityClusters: LayerDefinition = {
  id: 'city-clusters',
  title: 'City clusters',
  title_zh: '城市群',
  description:
    'The 19 urban agglomerations (城市群) of the 14th Five-Year Plan by tier — optimise, develop, cultivate — with member cities from each ' +
    'cluster’s plan. Outlines are schematic: a 30 km buffer around the convex hull of the member cities’ GeoNames points, not plan boundaries.',
  description_zh: '“十四五”规划中的19个城市群，按优化提升、发展壮大、培育发展三档划分，成员城市取自各城市群规划。轮廓为示意：成员城市 GeoNames 坐标凸包外扩30公里的缓冲区，并非规划边界。',
  geometryType: 'Polygon',
  kind: 'schematic',
  toggleable: true,
  sources: [
    { name: '14th Five-Year Plan (2021) for the list and tiers; each cluster’s State Council/NDRC or provincial plan for its members (per feature)', licence: 'Official documents; facts cited' },
    { name: 'GeoNames (member city points)', url: 'https://www.geonames.org/', licence: 'CC BY 4.0' },
  ],
  idProperty: 'id',
  deepLinkPrefix: 'cluster',
  legend: [
    { label: 'Optimise and upgrade (5)', label_zh: '优化提升（5个）', color: TIER_COLOURS.optimise, symbol: 'fill' },
    { label: 'Develop and expand (5)', label_zh: '发展壮大（5个）', color: TIER_COLOURS.develop, symbol: 'fill' },
    { label: 'Cultivate (9)', label_zh: '培育发展（9个）', color: TIER_COLOURS.cultivate, symbol: 'fill' },
  ],
  tooltip: (p, _year, lang = 'en') =>
    lang === 'zh'
      ? {
          title: String(p.name_zh),
          lines: [
            `档次：${TIER_ZH[p.tier as keyof typeof TIER_ZH] ?? p.tier}${p.approved ? ` · ${p.approved}年规划获批` : ''}`,
            `${(p.members as unknown[] | undefined)?.length ?? 0}个成员城市 · 轮廓为示意`,
          ],
        }
      : {
    title: `${p.name_en} ${p.name_zh}`,
    lines: [
      `Tier: ${p.tier}${p.approved ? ` · plan approved ${p.approved}` : ''}`,
      `${(p.members as unknown[] | undefined)?.length ?? 0} member cities · outline schematic`,
    ],
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
};
