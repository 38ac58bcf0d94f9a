import { describe, expect, it } from 'vitest';
import { cityLabels } from './build-basemap';
import { buildProvinces } from './build-provinces';

const cities = cityLabels(buildProvinces().provinces);
const chinese = cities.filter((f) => f.properties?.country === 'CN');

describe('city labels', () => {
  it('names every Chinese city chosen for its population in Chinese, and drops GeoNames records that are not such a city', () => {
    for (const f of chinese.filter((c) => c.properties?.rank === 3)) expect(f.properties?.name_zh, String(f.properties?.name)).toBeTruthy();
    // GeoNames puts Henan's Puyang (3.6 million) on a town in Zhejiang.
    expect(chinese.find((f) => f.properties?.name === 'Puyang')).toBeUndefined();
  });

  it('keeps every provincial capital, with its Chinese name', () => {
    const names = Object.fromEntries(chinese.map((f) => [f.properties?.name, f.properties?.name_zh]));
    expect(names).toMatchObject({ Wuhan: '武汉', Lanzhou: '兰州', Harbin: '哈尔滨', Lhasa: '拉萨', Beijing: '北京' });
    expect(chinese.filter((f) => f.properties?.rank <= 2).length).toBeGreaterThanOrEqual(31);
  });
});
