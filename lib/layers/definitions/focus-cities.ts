import type { LayerDefinition } from '../registry';
import { fullName } from '../../i18n/localize';

export const focusCities: LayerDefinition = {
  id: 'focus-cities',
  title: 'Focus cities',
  title_zh: '重点城市',
  description:
    'The three cities the brief follows: Wuhan (Optics Valley, intelligent vehicles), Chongqing (rail hub, Yangtze port, westbound trains) ' +
    'and Xining (solar, wind and salt-lake lithium), each with cited facts. Points are the cities’ GeoNames locations.',
  description_zh: '简报关注的三座城市：武汉（光谷、智能汽车）、重庆（铁路枢纽、长江港口、西向班列）和西宁（光伏、风电与盐湖锂），各附有出处的事实。点位为各城市的 GeoNames 坐标。',
  geometryType: 'Point',
  kind: 'observed',
  toggleable: true,
  sources: [
    { name: 'Official, news and encyclopedia sources, per fact (see sources)', licence: 'Facts cited' },
    { name: 'GeoNames (city points)', url: 'https://www.geonames.org/', licence: 'CC BY 4.0' },
  ],
  idProperty: 'id',
  deepLinkPrefix: 'city',
  legend: [{ label: 'Focus city of the brief', label_zh: '简报重点城市', color: '#f59e0b', symbol: 'circle' }],
  tooltip: (p, _year, lang = 'en') => ({ title: fullName({ name_en: String(p.name_en), name_zh: String(p.name_zh) }, lang), lines: [String(p.theme)] }),
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
};
