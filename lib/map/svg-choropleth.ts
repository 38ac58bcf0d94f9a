/**
 * The server-drawn first map: Web Mercator as MapLibre projects it, in SVG user units, so an SVG
 * framed like the map's first camera lines up with it pixel for pixel. Pure: the geo build writes
 * the province paths with it, the page's server component frames them.
 */
import type { Bounds } from './default-view';
import type { MapPosition } from '../url/view-state';

/** User units across the whole world (MapLibre's world is 512 px at zoom 0): 1 unit ≈ 2.4 km at the equator. */
export const SVG_WORLD = 2 ** 14;
/** MapLibre's world width in CSS pixels at zoom 0. */
const TILE_SIZE = 512;
const MAX_LAT = 85.051129;

/** A longitude/latitude in SVG units: x east, y south, as MapLibre's MercatorCoordinate × SVG_WORLD. */
export function mercator([lng, lat]: readonly number[]): [number, number] {
  const clamped = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat));
  const x = (180 + lng) / 360;
  const y = (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (clamped * Math.PI) / 360))) / 360;
  return [x * SVG_WORLD, y * SVG_WORLD];
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The bounds' rectangle in SVG units: what fitBounds fits into the padded map, here a viewBox. */
export function projectedBounds([west, south, east, north]: Bounds): Box {
  const [x0, y0] = mercator([west, north]);
  const [x1, y1] = mercator([east, south]);
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

export const viewBoxOf = (b: Box) => [b.x, b.y, b.width, b.height].map((v) => Math.round(v * 100) / 100).join(' ');

/** Numbers joined the short way: no separator before a minus sign. */
function joinNumbers(values: number[]): string {
  return values.reduce((s, v, i) => (i === 0 ? String(v) : s + (v < 0 ? '' : ' ') + v), '');
}

/**
 * One ring as a path: an absolute move, then relative lines between positions rounded to whole
 * units (neighbours round a shared border alike), repeats dropped.
 */
function ringPath(ring: readonly (readonly number[])[], close: boolean): string {
  const points = ring.map((p) => mercator(p).map(Math.round) as [number, number]);
  const deltas: number[] = [];
  let [px, py] = points[0];
  for (const [x, y] of points.slice(1)) {
    if (x === px && y === py) continue;
    deltas.push(x - px, y - py);
    [px, py] = [x, y];
  }
  if (close && deltas.length < 4) return ''; // a ring smaller than a unit draws nothing
  return `M${joinNumbers(points[0])}${deltas.length ? `l${joinNumbers(deltas)}` : ''}${close ? 'z' : ''}`;
}

/** A (multi)polygon's rings as one path (even-odd holes come from the rings' winding: fill-rule nonzero). */
export const polygonPath = (polygons: readonly (readonly (readonly (readonly number[])[])[])[]) =>
  polygons.flatMap((rings) => rings.map((r) => ringPath(r, true))).join('');

export const linePath = (line: readonly (readonly number[])[]) => ringPath(line, false);

/**
 * For a link's own camera (map=): the transform that puts its centre at the origin and scales SVG
 * units to CSS pixels at its zoom, turned by its bearing. Drawn inside an SVG whose origin is the
 * map's centre, it frames the map as MapLibre's jumpTo does, at any screen size.
 */
export function cameraTransform(p: MapPosition): string {
  const [cx, cy] = mercator([p.lng, p.lat]);
  const k = (TILE_SIZE * 2 ** p.zoom) / SVG_WORLD;
  const round = (v: number) => Math.round(v * 1e4) / 1e4;
  return `${p.bearing ? `rotate(${-p.bearing}) ` : ''}scale(${round(k)}) translate(${round(-cx)} ${round(-cy)})`;
}
