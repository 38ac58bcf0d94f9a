import type { LayerDefinition } from '../registry';

const CURRENT_YEAR = 2024;

export const railHubs: LayerDefinition = {
  id: 'rail-hubs',
  title: 'Rail hubs',
  title_zh: '高铁枢纽',
  description:
    'Major high-speed-rail hub stations with their opening year and the corridors they serve. With a year, only hubs open by then are shown; ' +
    'hubs whose HSR opening year no source gave appear from 2024, when their sources describe them in service. Where no source gave a station’s coordinates it sits at its city’s GeoNames point (marked).',
  description_zh: '主要高铁枢纽站，附开通年份及所服务的通道。选定年份时只显示当时已开通的枢纽；没有来源给出高铁开通年份的枢纽自2024年起显示。没有来源给出车站坐标的，位于所在城市的 GeoNames 坐标点（已标注）。',
  geometryType: 'Point',
  years: [1990, 2026],
  kind: 'observed',
  toggleable: true,
  sources: [
    { name: 'Station articles (Wikipedia and others, per feature source_url)', licence: 'Facts cited from CC BY-SA 4.0 text' },
    { name: 'GeoNames (city points where station coordinates are unknown)', url: 'https://www.geonames.org/', licence: 'CC BY 4.0' },
  ],
  idProperty: 'id',
  deepLinkPrefix: 'hub',
  // A hub whose HSR opening year no source gave is known only to serve its lines today (2024 on).
  filterByYear: (props, year) => (props.opened === null ? year >= CURRENT_YEAR : (props.opened as number) <= year),
  legend: [
    { label: 'HSR hub station', label_zh: '高铁枢纽站', color: '#5a2d82', symbol: 'circle' },
    { label: 'placed at its city (station coordinates not sourced)', label_zh: '位于所在城市（车站坐标无来源）', color: 'rgba(90,45,130,0.6)', symbol: 'circle' },
  ],
  tooltip: (p, _year, lang = 'en') =>
    lang === 'zh'
      ? { title: String(p.name_zh), lines: [p.opened ? `${p.opened}年开通` : '高铁开通年份无来源', ...((p.corridors as string[] | undefined) ?? []).slice(0, 3)] }
      : {
    title: `${p.name_en} ${p.name_zh}`,
    lines: [
      `${p.opened ? `Opened ${p.opened}` : 'HSR opening year not sourced'} · ${p.city}`,
      ...((p.corridors as string[] | undefined) ?? []).slice(0, 3),
    ],
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
};
