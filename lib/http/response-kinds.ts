/**
 * What each kind of response is and how long others may keep it: one place for the content types
 * and Cache-Control values every route and the edge send.
 */
export const CONTENT_TYPE = {
  json: 'application/json; charset=utf-8',
  geojson: 'application/geo+json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  html: 'text/html; charset=utf-8',
  png: 'image/png',
  vectorTile: 'application/vnd.mapbox-vector-tile',
  glyphs: 'application/x-protobuf',
} as const;

/** An hour fresh, a day served stale while a CDN revalidates: what an unversioned URL may be kept for. */
const SHORT = 'public, max-age=3600, stale-while-revalidate=86400';

export const CACHE_CONTROL = {
  /** Data and layers at their plain URLs. */
  data: SHORT,
  /** Style and TileJSON: small documents that name the versioned URLs. */
  metadata: 'public, max-age=3600',
  /** Tiles and glyphs at their plain URLs (the style and TileJSON name versioned ones, immutable). */
  tiles: SHORT,
  glyphs: SHORT,
  previews: 'public, max-age=86400',
  /** A page kept by the edge: the same bytes for everyone, revalidated by ETag after a minute. */
  keptPage: 'public, max-age=60, must-revalidate',
  /** Content-hashed URLs (tiles, glyphs, layers, the values panel): the bytes behind them never change. */
  immutable: 'public, max-age=31536000, immutable',
  /** Errors and the edge's own answers. */
  never: 'no-store',
} as const;
