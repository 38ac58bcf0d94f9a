/**
 * The 19 city clusters from geo/sources/layers/city-clusters.json: member cities placed at their
 * GeoNames points, and a schematic outline (buffered convex hull of the members) for the map.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buffer, convex, featureCollection, point, simplify, truncate } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { z } from '../../lib/zod';
import { SourceError } from '../../lib/indicators/csv';
import { cityClusterProperties, type LayerProperties } from '../../lib/layers/feature-schemas';
import { findPlace } from './geonames';
import type { ProvinceBuild } from './build-provinces';
import { BUILD_DIR, ROOT } from './paths';

const FILE = 'geo/sources/layers/city-clusters.json';

const sourceSchema = z.array(
  z.object({
    id: z.string(),
    name_en: z.string(),
    name_zh: z.string(),
    tier: z.enum(['optimise', 'develop', 'cultivate']),
    plan: z.object({ title: z.string(), title_zh: z.string(), publisher: z.string(), approved: z.number().int().nullable(), url: z.string() }),
    members: z.array(z.object({ name_en: z.string(), name_zh: z.string(), province_code: z.string(), partial: z.boolean().optional() })),
    member_note: z.string(),
    via: z.array(z.string()),
  }),
);

/** The outline's buffer around the hull of member cities, in km: schematic, not a plan boundary. */
const OUTLINE_BUFFER_KM = 30;

export function buildCityClusters(provinces: ProvinceBuild): FeatureCollection<Polygon | MultiPolygon> {
  const parsed = sourceSchema.safeParse(JSON.parse(fs.readFileSync(path.join(ROOT, FILE), 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new SourceError(FILE, 1, `cluster #${Number(issue.path[0]) + 1}: ${issue.path.slice(1).join('.')}: ${issue.message}`);
  }
  const provinceOf = (code: string) => provinces.provinces.features.find((f) => f.properties!.code === code) as Feature<MultiPolygon> | undefined;
  const features = parsed.data.map((c, i): Feature<Polygon | MultiPolygon> => {
    const members = c.members.map((m) => {
      const province = provinceOf(m.province_code);
      if (!province) throw new SourceError(FILE, 1, `cluster ${c.id}: member ${m.name_en} has unknown province ${m.province_code}`);
      const place = findPlace(m.name_en, province);
      return { ...m, lnglat: place ? place.loc.coordinates : null };
    });
    const points = members.flatMap((m) => (m.lnglat ? [point(m.lnglat)] : []));
    if (points.length === 0) throw new SourceError(FILE, 1, `cluster ${c.id}: no member city could be placed`);
    const hull = points.length >= 3 ? convex(featureCollection(points)) : null;
    const base = hull ?? featureCollection(points);
    const outline = buffer(base as never, OUTLINE_BUFFER_KM, { units: 'kilometers', steps: 8 }) as Feature<Polygon | MultiPolygon> | FeatureCollection<Polygon>;
    const geometry = ('features' in outline ? outline.features[0] : outline).geometry;
    const properties: LayerProperties['city-clusters'] = {
      id: c.id,
      name_en: c.name_en,
      name_zh: c.name_zh,
      tier: c.tier,
      approved: c.plan.approved,
      plan_title: c.plan.title,
      plan_title_zh: c.plan.title_zh,
      plan_publisher: c.plan.publisher,
      plan_url: c.plan.url,
      members,
      member_note: c.member_note,
      provinces: [...new Set(c.members.map((m) => m.province_code))].sort(),
      outline: 'schematic',
      via: c.via,
    };
    const check = cityClusterProperties.safeParse(properties);
    if (!check.success) throw new SourceError(FILE, 1, `cluster #${i + 1}: ${check.error.issues[0].message}`);
    const simplified = truncate(simplify({ type: 'Feature', properties: {}, geometry }, { tolerance: 0.01 }), { precision: 5 });
    return { type: 'Feature', id: c.id, properties, geometry: simplified.geometry };
  });
  const fc = { type: 'FeatureCollection' as const, features };
  fs.mkdirSync(path.join(BUILD_DIR, 'layers'), { recursive: true });
  fs.writeFileSync(path.join(BUILD_DIR, 'layers', 'city-clusters.geojson'), JSON.stringify(fc));
  return fc;
}
