/**
 * East–West collaboration pairs (curved lines between provincial capitals) and the brief's focus
 * cities, from geo/sources/layers/*.json; capitals and city points from GeoNames.
 */
import fs from 'node:fs';
import path from 'node:path';
import { booleanPointInPolygon, point } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Point } from 'geojson';
import { z } from '../../lib/zod';
import { citationSchema } from '../../lib/indicators/schema';
import { curvedLine } from '../../lib/geo/arc';
import { provinceByCode } from '../../lib/regions/provinces';
import { collaborationPairProperties } from '../../lib/layers/feature-schemas';
import { focusCityProperties } from '../../lib/layers/feature-schemas';
import { SourceError } from '../../lib/indicators/csv';
import { chinesePlaces, findPlace } from './geonames';
import type { ProvinceBuild } from './build-provinces';
import { BUILD_DIR, ROOT } from './paths';

const PAIRS_FILE = 'geo/sources/layers/collaboration-pairs.json';
const FOCUS_FILE = 'geo/sources/layers/focus-cities.json';

const pairsSchema = z.object({
  pairs: z.array(
    collaborationPairProperties.pick({
      east_code: true,
      west_code: true,
      since: true,
      until: true,
      status: true,
      level: true,
      programme: true,
      note: true,
      source: true,
    }),
  ),
  citations: z.array(citationSchema),
});

const focusSchema = z.object({
  cities: z.array(
    z.object({
      id: z.string(),
      name_en: z.string(),
      name_zh: z.string(),
      province_code: z.string(),
      theme: z.string(),
      facts: z.array(z.object({ text: z.string(), source: z.string() })),
    }),
  ),
  citations: z.array(citationSchema),
});

function readJson<T>(file: string, schema: z.ZodType<T>): T {
  const r = schema.safeParse(JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8')));
  if (!r.success) throw new SourceError(file, 1, r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  return r.data;
}

/** The provincial capital: the province's PPLA (or the national capital) in GeoNames. */
function capitalOf(province: Feature<MultiPolygon>): [number, number] {
  const inside = chinesePlaces().filter(
    (c) => (c.featureCode === 'PPLA' || c.featureCode === 'PPLC') && booleanPointInPolygon(point(c.loc.coordinates), province),
  );
  const best = inside.sort((a, b) => b.population - a.population)[0];
  if (!best) throw new Error(`no GeoNames capital inside ${province.properties!.name_en}`);
  return best.loc.coordinates;
}

function write(name: string, fc: FeatureCollection) {
  fs.mkdirSync(path.join(BUILD_DIR, 'layers'), { recursive: true });
  fs.writeFileSync(path.join(BUILD_DIR, 'layers', `${name}.geojson`), JSON.stringify(fc));
}

export function buildPairsAndFocus(provinces: ProvinceBuild) {
  const provinceOf = (code: string, file: string) => {
    const f = provinces.provinces.features.find((p) => p.properties!.code === code) as Feature<MultiPolygon> | undefined;
    if (!f) throw new SourceError(file, 1, `unknown province code ${code}`);
    return f;
  };
  const { pairs, citations } = readJson(PAIRS_FILE, pairsSchema);
  const byId = Object.fromEntries(citations.map((c) => [c.id, c]));
  const pairFeatures = pairs.map((p, i): Feature<LineString> => {
    if (!byId[p.source]) throw new SourceError(PAIRS_FILE, 1, `pair #${i + 1}: source "${p.source}" is not among the citations`);
    const east = provinceByCode(p.east_code)!;
    const west = provinceByCode(p.west_code)!;
    const id = `${p.east_code}-${p.west_code}-${p.since}`;
    // Cite every citation the note mentions, as well as the pair's own source.
    const mentioned = citations.filter((c) => c.id === p.source || p.note.includes(c.id));
    const properties = {
      id,
      ...p,
      east_name_en: east.name_en,
      east_name_zh: east.name_zh,
      west_name_en: west.name_en,
      west_name_zh: west.name_zh,
      sources: Object.fromEntries(mentioned.map((c) => [c.id, c])),
    };
    collaborationPairProperties.parse(properties);
    const coordinates = curvedLine(
      capitalOf(provinceOf(p.east_code, PAIRS_FILE)),
      capitalOf(provinceOf(p.west_code, PAIRS_FILE)),
      p.status === 'current' ? 0.15 : -0.15,
    );
    return { type: 'Feature', id, properties, geometry: { type: 'LineString', coordinates } };
  });
  write('collaboration-pairs', { type: 'FeatureCollection', features: pairFeatures });

  const focus = readJson(FOCUS_FILE, focusSchema);
  const focusCitations = Object.fromEntries(focus.citations.map((c) => [c.id, c]));
  const focusFeatures = focus.cities.map((c): Feature<Point> => {
    for (const f of c.facts)
      if (!focusCitations[f.source]) throw new SourceError(FOCUS_FILE, 1, `${c.id}: fact source "${f.source}" is not among the citations`);
    const place = findPlace(c.name_en, provinceOf(c.province_code, FOCUS_FILE));
    if (!place) throw new SourceError(FOCUS_FILE, 1, `${c.id}: ${c.name_en} not found in GeoNames`);
    const properties = { ...c, sources: Object.fromEntries(c.facts.map((f) => [f.source, focusCitations[f.source]])) };
    focusCityProperties.parse(properties);
    return { type: 'Feature', id: c.id, properties, geometry: { type: 'Point', coordinates: place.loc.coordinates } };
  });
  write('focus-cities', { type: 'FeatureCollection', features: focusFeatures });
  return { pairs: pairFeatures.length, focus: focusFeatures.length };
}
