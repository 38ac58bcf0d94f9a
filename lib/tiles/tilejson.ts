import { versionSegment } from '../http/version-segment';
import { TILESETS, type TilesetId } from './tilesets';

/** A tileset's tile URL template under its content hash (lib/server/asset-versions.ts): immutable. */
export const versionedTilesUrl = (id: TilesetId, version: string) => `/api/tiles/${id}/${versionSegment(version)}/{z}/{x}/{y}`;

/**
 * TileJSON 3.0.0 (https://github.com/mapbox/tilejson-spec/tree/master/3.0.0) for one of our tilesets.
 * Tile URLs are root-relative, resolved against this document's URL by the client, and name the
 * tileset's version, so a CDN may keep each tile for good while this document stays short-lived.
 */
export function tileJson(id: TilesetId, version: string) {
  const t = TILESETS[id];
  return {
    tilejson: '3.0.0',
    name: t.name,
    description: t.description,
    version: '1.0.0',
    attribution: t.attribution,
    scheme: 'xyz',
    tiles: [versionedTilesUrl(id, version)],
    minzoom: t.minzoom,
    maxzoom: t.maxzoom,
    bounds: t.bounds,
    center: t.center,
    vector_layers: t.layers.map((l) => ({ id: l.id, description: l.description, fields: l.fields, minzoom: t.minzoom, maxzoom: t.maxzoom })),
  };
}
