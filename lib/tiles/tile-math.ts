/** Web Mercator tile arithmetic (XYZ scheme, y down from the north). */
export type Bounds = readonly [west: number, south: number, east: number, north: number];

const MAX_LAT = 85.0511287798066;

export function lngToTileX(lng: number, z: number): number {
  return Math.floor(((lng + 180) / 360) * 2 ** z);
}

export function latToTileY(lat: number, z: number): number {
  const clamped = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat));
  const rad = (clamped * Math.PI) / 180;
  return Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * 2 ** z);
}

/** Inclusive x/y ranges of the tiles at zoom z that intersect the bounds. */
export function tileRange(bounds: Bounds, z: number) {
  const last = 2 ** z - 1;
  const clampTile = (v: number) => Math.max(0, Math.min(last, v));
  return {
    minX: clampTile(lngToTileX(bounds[0], z)),
    maxX: clampTile(lngToTileX(bounds[2], z)),
    minY: clampTile(latToTileY(bounds[3], z)),
    maxY: clampTile(latToTileY(bounds[1], z)),
  };
}

export function* tilesInBounds(bounds: Bounds, minZoom: number, maxZoom: number) {
  for (let z = minZoom; z <= maxZoom; z++) {
    const r = tileRange(bounds, z);
    for (let x = r.minX; x <= r.maxX; x++) for (let y = r.minY; y <= r.maxY; y++) yield { z, x, y };
  }
}

export const tileKey = (z: number, x: number, y: number) => `${z}/${x}/${y}`;
