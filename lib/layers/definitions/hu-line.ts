import type { LayerDefinition } from '../registry';

export const huLine: LayerDefinition = {
  id: 'hu-line',
  title: 'Hu Line',
  title_zh: '胡焕庸线',
  description:
    'The Heihe–Tengchong line (Hu Huanyong, 1935) dividing dense south-east China from the sparse north-west, drawn as a great circle, ' +
    'with the published east/west shares of area and population and a live split of population, GDP and area for the chosen year.',
  description_zh: '黑河—腾冲线（胡焕庸，1935年）将人口稠密的东南与人口稀疏的西北分开，以大圆线绘制，附已公布的东西两侧面积与人口比重，以及所选年份的人口、GDP与面积实时划分。',
  geometryType: 'LineString',
  years: [2000, 2024],
  kind: 'reference',
  toggleable: true,
  sources: [
    { name: 'Hu Huanyong (1935), Acta Geographica Sinica 2(2)', licence: 'Published figures cited as facts' },
    { name: 'Qi Wei et al. (2022), Acta Geographica Sinica 77(12)', url: 'https://www.geog.com.cn/article/2022/0375-5444/0375-5444-77-12-3023.shtml', licence: 'Published figures cited as facts' },
    { name: 'GeoNames (endpoints; populated places for the split)', url: 'https://www.geonames.org/', licence: 'CC BY 4.0' },
  ],
  idProperty: 'id',
  legend: [{ label: 'Hu Line (Heihe–Tengchong)', label_zh: '胡焕庸线（黑河—腾冲）', color: '#b83227', symbol: 'dashed-line' }],
  tooltip: (p, _year, lang = 'en') => {
    const split = p.split as { year: number; population: { east_pct: number } | null; area: { east_pct: number } } | undefined;
    if (lang === 'zh') {
      return {
        title: '胡焕庸线',
        lines: [
          '黑河（黑龙江）—腾冲（云南），胡焕庸1935年',
          split?.population ? `${split.year}年：${split.population.east_pct}%的人口居住在线以东，占${split.area.east_pct}%的土地` : '线以东：96%的人口，36%的土地（1935年）',
        ],
      };
    }
    return {
      title: 'Hu Line 胡焕庸线',
      lines: [
        'Heihe (Heilongjiang) – Tengchong (Yunnan), Hu Huanyong 1935',
        split?.population ? `${split.year}: ${split.population.east_pct}% of people live east of it, on ${split.area.east_pct}% of the land` : 'East: 96% of people on 36% of the land (1935)',
      ],
    };
  },
  mapLayers: (source) => [
    {
      id: 'hu-line-casing',
      type: 'line',
      source,
      layout: { 'line-cap': 'round' },
      paint: { 'line-color': '#ffffff', 'line-width': 5, 'line-opacity': 0.7 },
    },
    {
      id: 'hu-line-line',
      type: 'line',
      source,
      layout: { 'line-cap': 'round' },
      paint: { 'line-color': '#b83227', 'line-width': ['case', ['boolean', ['feature-state', 'hover'], false], 3.5, 2.2], 'line-dasharray': [4, 2] },
    },
  ],
};
