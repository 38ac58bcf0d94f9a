/**
 * Where the map fetches its tiles, glyphs and layers. The server decides (lib/server/map-sources.ts:
 * content-hashed paths of its own, or PMTiles archives at TILES_PMTILES_URL) and writes the answer
 * into the style, which the map reads; nothing here is ever built from a request's headers.
 */
export interface MapSources {
  /** The glyph URL template (`{fontstack}`, `{range}`). */
  glyphs: string;
  /** Each tileset's source URL: TileJSON on this server, or `pmtiles://<archive>`. */
  tilesets: Record<string, string>;
  /** Each GeoJSON layer's URL (a `?year=` may follow). */
  layers: Record<string, string>;
}

/** The style's metadata key holding the MapSources. */
export const MAP_SOURCES_KEY = 'hinterland:sources';

export const PMTILES_PROTOCOL = 'pmtiles';
export const PMTILES_SCHEME = `${PMTILES_PROTOCOL}://`;

/** The MapSources a style carries, or null for a style without them (then the plain URLs apply). */
export function mapSourcesOf(style: { metadata?: unknown } | undefined): MapSources | null {
  const meta = style?.metadata as Record<string, unknown> | undefined;
  const sources = meta?.[MAP_SOURCES_KEY] as MapSources | undefined;
  return sources && typeof sources.glyphs === 'string' && sources.tilesets && sources.layers ? sources : null;
}
