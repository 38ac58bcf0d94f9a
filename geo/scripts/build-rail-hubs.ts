/**
 * Rail hubs from geo/sources/layers/rail-hubs.csv (one cited row per station). A station whose own
 * coordinates no source gave is placed at its city's GeoNames location and marked as such.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Feature, FeatureCollection, MultiPolygon, Point } from 'geojson';
import { parsePlainCsv, SourceError } from '../../lib/indicators/csv';
import { railHubProperties } from '../../lib/layers/feature-schemas';
import { findPlace } from './geonames';
import type { ProvinceBuild } from './build-provinces';
import { BUILD_DIR, ROOT } from './paths';

const FILE = 'geo/sources/layers/rail-hubs.csv';
const HEADER = ['id', 'name_en', 'name_zh', 'city', 'province_code', 'lat', 'lng', 'opened', 'corridors', 'note', 'source_url'];

export function buildRailHubs(provinces: ProvinceBuild): FeatureCollection<Point> {
  const text = fs.readFileSync(path.join(ROOT, FILE), 'utf8');
  const features = parsePlainCsv(text, FILE, HEADER).map(({ line, fields: f }): Feature<Point> => {
    const province = provinces.provinces.features.find((p) => p.properties!.code === f.province_code) as Feature<MultiPolygon> | undefined;
    if (!province) throw new SourceError(FILE, line, `unknown province code ${f.province_code}`);
    let coordinates: [number, number];
    let precision: 'station' | 'city';
    if (f.lat && f.lng) {
      coordinates = [Number(f.lng), Number(f.lat)];
      precision = 'station';
    } else {
      const city = findPlace(f.city, province);
      if (!city) throw new SourceError(FILE, line, `no coordinates, and city "${f.city}" not found in GeoNames`);
      coordinates = city.loc.coordinates;
      precision = 'city';
    }
    const properties = {
      id: f.id,
      name_en: f.name_en,
      name_zh: f.name_zh,
      city: f.city,
      province_code: f.province_code,
      opened: f.opened ? Number(f.opened) : null,
      corridors: f.corridors
        .split(';')
        .map((c) => c.trim())
        .filter(Boolean),
      note: f.note,
      source_url: f.source_url,
      location_precision: precision,
    };
    const check = railHubProperties.safeParse(properties);
    if (!check.success) throw new SourceError(FILE, line, check.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
    return { type: 'Feature', id: f.id, properties, geometry: { type: 'Point', coordinates } };
  });
  const fc: FeatureCollection<Point> = { type: 'FeatureCollection', features };
  fs.mkdirSync(path.join(BUILD_DIR, 'layers'), { recursive: true });
  fs.writeFileSync(path.join(BUILD_DIR, 'layers', 'rail-hubs.geojson'), JSON.stringify(fc));
  return fc;
}
