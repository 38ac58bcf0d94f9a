import { describe, expect, it } from 'vitest';
import { viewChoropleth } from '../choropleth/view-choropleth';
import { PROVINCE_FILL_OPACITY } from '../layers/definitions/provinces';
import { CHINA_BOUNDS } from '../map/default-view';
import { projectedBounds, viewBoxOf } from '../map/svg-choropleth';
import { DEFAULT_STATE, type ViewState } from '../url/view-state';
import { firstMapOf } from './first-map';
import { indicatorById, indicatorYear } from './indicator-store';

const view = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_STATE, indicator: 'gdp_per_capita', year: 2024, ...patch });
const province = (map: NonNullable<ReturnType<typeof firstMapOf>>, code: string) => map.provinces.find((p) => p.code === code)!;

describe('firstMapOf', () => {
  it('fills each province with the colour the API’s values get from the one view computation', () => {
    const map = firstMapOf(view({ classification: 'equal' }))!;
    const api = indicatorYear(indicatorById('gdp_per_capita')!, 2024);
    const values = new Map(api.values.filter((v) => v.kind === 'province').map((v) => [v.code, v.value]));
    const expected = viewChoropleth({
      values,
      indicator: api.indicator,
      classification: 'equal',
      filters: { group: 'all', range: null },
      legend: { format: String, noDataLabel: '' },
    });
    expect(map.provinces).toHaveLength(31);
    for (const p of map.provinces) expect(p.fill).toBe(expected.colors.get(p.code));
    expect(new Set(map.provinces.map((p) => p.fill)).size).toBeGreaterThan(3);
  });

  it('names each province with its value in the page’s language, and dims what the filters leave out', () => {
    const en = firstMapOf(view({ group: 'west' }))!;
    expect(province(en, '420000').title).toMatch(/^Hubei: [\d,.]+ (thousand )?yuan/);
    expect(province(en, '110000').opacity).toBe(PROVINCE_FILL_OPACITY.dimmed);
    expect(province(en, '620000').opacity).toBe(PROVINCE_FILL_OPACITY.shown);
    const zh = firstMapOf(view({ lang: 'zh' }))!;
    expect(province(zh, '420000').title).toMatch(/^湖北，数值：/);
    expect(zh.label).toMatch(/^中国各省地图：/);
  });

  it('frames China as the map’s first camera fits it, or a link’s own camera', () => {
    expect(firstMapOf(view({}))!.frame).toEqual({ kind: 'fit', viewBox: viewBoxOf(projectedBounds(CHINA_BOUNDS)) });
    expect(firstMapOf(view({ map: { lng: 112.3, lat: 30.9, zoom: 5.25 } }))!.frame).toMatchObject({ kind: 'camera', transform: /^scale\(/ });
    // A tilted camera cannot be drawn flat; other views do not show the map first.
    expect(firstMapOf(view({ map: { lng: 112.3, lat: 30.9, zoom: 5.25, pitch: 40 } }))).toBeNull();
    expect(firstMapOf(view({ view: 'chart' }))).toBeNull();
  });

  it('draws the selection’s outline and the Hu Line only when the view has them', () => {
    const plain = firstMapOf(view({}))!;
    expect(plain.selected).toBeNull();
    expect(plain.huLine).toBeNull();
    const full = firstMapOf(view({ region: '420000', layers: ['hu-line'] }))!;
    expect(full.selected).toBe(province(full, '420000').d);
    expect(full.huLine).toMatch(/^M\d+ \d+l/);
  });

  it('colours the change map by each province’s change, not its level', () => {
    const level = firstMapOf(view({}))!;
    const change = firstMapOf(view({ from: 2005, change: 'pct' }))!;
    expect(change.provinces.map((p) => p.fill)).not.toEqual(level.provinces.map((p) => p.fill));
    expect(province(change, '420000').title).toMatch(/^Hubei: \+\d+/);
  });
});
