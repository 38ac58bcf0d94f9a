import { describe, expect, it } from 'vitest';
import { chineseCityName } from './chinese-place-names';

describe('chineseCityName', () => {
  it.each([
    ['Wuhan', '420000', '武汉'],
    ['Xi’an', '610000', '西安'],
    ['Suzhou', '320000', '苏州'],
    ['Suzhou', '340000', '宿州'],
    ['Harbin', '230000', '哈尔滨'],
    ['Ürümqi', '650000', '乌鲁木齐'],
    ['Beijing', '110000', '北京'],
    ['Chongqing', '500000', '重庆'],
  ])('names %s in %s %s', (name, province, zh) => {
    expect(chineseCityName(name, province)).toBe(zh);
  });

  it('leaves a place in English when its province has no such city, or the name is unknown', () => {
    expect(chineseCityName('Wuhan', '430000')).toBeUndefined();
    expect(chineseCityName('Puyang', '330000')).toBeUndefined();
    expect(chineseCityName('Atlantis', '420000')).toBeUndefined();
  });
});
