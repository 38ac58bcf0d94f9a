import { describe, expect, it } from 'vitest';
import type { Feature, MultiPolygon } from 'geojson';
import { buildProvinces } from './build-provinces';
import { findPlace, normalizePlaceName } from './geonames';

const provinces = buildProvinces().provinces.features as Feature<MultiPolygon>[];
const province = (code: string) => provinces.find((f) => f.properties!.code === code)!;

describe('findPlace', () => {
  it('normalises apostrophes and accents', () => {
    expect(normalizePlaceName('Xi’an')).toBe(normalizePlaceName("Xi'an"));
    expect(normalizePlaceName('Ürümqi')).toBe('urumqi');
  });

  it('finds the right one of two same-named cities by province (Suzhou, Jiangsu vs Suzhou, Anhui)', () => {
    expect(findPlace('Suzhou', province('320000'))!.loc.coordinates[0]).toBeCloseTo(120.6, 1);
    expect(findPlace('Suzhou', province('340000'))!.loc.coordinates[0]).toBeCloseTo(117.0, 1);
  });

  it('matches names GeoNames keeps with the "shi" suffix (Yulinshi is Yulin, Shaanxi)', () => {
    expect(findPlace('Yulin', province('610000'))!.loc.coordinates[1]).toBeCloseTo(38.3, 1);
  });

  it('returns nothing for a name not in the province', () => {
    expect(findPlace('Wuhan', province('510000'))).toBeUndefined();
  });
});
