/**
 * The Hu Line (Heihe–Tengchong) as a geodesic, and the half of China that lies east of it.
 * The line is drawn as the great circle through its two towns, extended a little beyond both so
 * that the corners of Heilongjiang and Yunnan past the endpoints fall on a definite side.
 */
import { bearing, booleanPointInPolygon, destination, greatCircle, point, polygon } from '@turf/turf';
import type { Feature, LineString, Polygon, Position } from 'geojson';

export type LngLat = [number, number];

/** Great-circle points from Heihe to Tengchong (north-east to south-west). */
export function huLineCoordinates(heihe: LngLat, tengchong: LngLat, npoints = 64): Position[] {
  const line = greatCircle(point(heihe), point(tengchong), { npoints }) as Feature<LineString>;
  return line.geometry.coordinates.map(([x, y]) => [Math.round(x * 1e5) / 1e5, Math.round(y * 1e5) / 1e5]);
}

/** A polygon covering everything east (south-east) of the extended line, within China's longitudes. */
export function eastOfHuLine(heihe: LngLat, tengchong: LngLat): Feature<Polygon> {
  const coords = huLineCoordinates(heihe, tengchong);
  const extend = (from: LngLat, to: LngLat) =>
    destination(point(to), 800, bearing(point(from), point(to)), { units: 'kilometers' }).geometry.coordinates as LngLat;
  const north = extend(tengchong, heihe);
  const south = extend(heihe, tengchong);
  return polygon([[north, ...coords, south, [south[0], 0], [160, 0], [160, 60], [north[0], 60], north]]);
}

export const isEastOfHuLine = (east: Feature<Polygon>, p: LngLat) => booleanPointInPolygon(point(p), east);
