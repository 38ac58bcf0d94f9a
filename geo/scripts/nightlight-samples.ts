/** The nightlight grid's sample points inside China, each tagged with its cell and province. */
import { bbox, booleanPointInPolygon, point } from '@turf/turf';
import type { Feature, MultiPolygon } from 'geojson';
import { cellSamples, COLS, ROWS } from '../../lib/nightlights/grid';
import type { Sample } from '../../lib/nightlights/aggregate';
import type { ProvinceBuild } from './build-provinces';

export interface LocatedSample extends Sample {
  lng: number;
  lat: number;
}

const KM_PER_DEG = 111.32;

export function samplesInChina(provinces: ProvinceBuild, sampleDeg: number): LocatedSample[] {
  const shapes = provinces.provinces.features.map((f) => ({ f: f as Feature<MultiPolygon>, box: bbox(f), code: String(f.properties!.code) }));
  const out: LocatedSample[] = [];
  for (let id = 0; id < COLS * ROWS; id++) {
    for (const [lng, lat] of cellSamples(id)) {
      const hit = shapes.find((s) => lng >= s.box[0] && lng <= s.box[2] && lat >= s.box[1] && lat <= s.box[3] && booleanPointInPolygon(point([lng, lat]), s.f));
      if (hit) out.push({ cell: id, province: hit.code, lng, lat, areaKm2: (sampleDeg * KM_PER_DEG) ** 2 * Math.cos((lat * Math.PI) / 180) });
    }
  }
  return out;
}
