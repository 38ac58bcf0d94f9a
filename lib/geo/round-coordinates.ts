import type { Geometry, Position } from 'geojson';

/** Rounds every coordinate to `decimals` places (RFC 7946 recommends no more than 6). */
function roundPosition(pos: Position, decimals: number): Position {
  const f = 10 ** decimals;
  return pos.map((v) => Math.round(v * f) / f);
}

export function roundGeometry<G extends Geometry>(geometry: G, decimals: number): G {
  const walk = (c: unknown): unknown => (typeof (c as number[])[0] === 'number' ? roundPosition(c as Position, decimals) : (c as unknown[]).map(walk));
  if (geometry.type === 'GeometryCollection') {
    return { ...geometry, geometries: geometry.geometries.map((g) => roundGeometry(g, decimals)) };
  }
  return { ...geometry, coordinates: walk((geometry as { coordinates: unknown }).coordinates) } as G;
}
