/**
 * The answers of the tile, glyph and layer routes, shared by their plain URLs (short cache, for
 * clients that kept an old style) and their versioned ones (…/v/<hash>/…, immutable).
 */
import { jsonError } from '../http/errors';
import { serveBody } from '../http/prepared-body';
import { CACHE_CONTROL } from '../http/response-kinds';
import { orBusy } from '../http/work-gate';
import { parseLayerQuery } from '../layers/query';
import { LAYERS, layerById, type RegisteredLayer } from '../layers/registry';
import { FONT_STACKS, isFontStack, parseGlyphRange } from '../tiles/glyph-fonts';
import { isTilesetId, TILESETS, type TilesetId } from '../tiles/tilesets';
import { parseTileCoordinates } from '../tiles/tile-params';
import { glyphBody } from './glyph-store';
import { layerBody } from './layer-store';
import { tileBody } from './tile-store';

/** The version a versioned URL names, and the current one it must equal; absent on plain URLs. */
export type Versioned = { asked: string; current: (id: string) => string } | null;

/**
 * A version other than the current one is a 404, never these bytes: an immutable URL must not be
 * given different content (a page from an older build gets its style, and new URLs, on reload).
 */
function versionCheck(id: string, versioned: Versioned): Response | null {
  if (!versioned || versioned.asked === versioned.current(id)) return null;
  return jsonError(404, 'Unknown version: the style and TileJSON (GET /api/style, /api/tiles/{tileset}) name the current URLs.');
}

const cacheFor = (versioned: Versioned, plain: string) => (versioned ? CACHE_CONTROL.immutable : plain);

const unknownTileset = (tileset: string) => jsonError(404, `Unknown tileset "${tileset.slice(0, 64)}". Known: ${Object.keys(TILESETS).join(', ')}.`);

/** The tileset a URL names, or the 404 that says which exist. */
export const tilesetOr404 = (tileset: string): TilesetId | Response => (isTilesetId(tileset) ? tileset : unknownTileset(tileset));

/** One Mapbox Vector Tile, gzip-compressed at build time. Empty tiles answer 204 No Content. */
export function tileAnswer(request: Request, tileset: string, coords: { z: string; x: string; y: string }, versioned: Versioned): Response {
  const id = tilesetOr404(tileset);
  if (id instanceof Response) return id;
  const stale = versionCheck(id, versioned);
  if (stale) return stale;
  const { minzoom, maxzoom } = TILESETS[id];
  const parsed = parseTileCoordinates(coords, { min: minzoom, max: maxzoom });
  if (!parsed.ok) return jsonError(400, `Invalid tile coordinates: ${parsed.message}.`);
  const body = tileBody(id, parsed.z, parsed.x, parsed.y);
  const cacheControl = cacheFor(versioned, CACHE_CONTROL.tiles);
  if (!body) return new Response(null, { status: 204, headers: { 'Cache-Control': cacheControl } });
  return serveBody(request, body, { 'Cache-Control': cacheControl });
}

/** SDF glyphs for map labels, built from Noto fonts in npm packages: no glyph server needed. */
export function glyphAnswer(request: Request, fontstack: string, range: string, versioned: Versioned): Response {
  const stale = versionCheck('glyphs', versioned);
  if (stale) return stale;
  // MapLibre may ask for a comma-separated stack; we serve its first font we have. Next has already
  // percent-decoded the segment: decoding again would throw on a literal % and undo double-encoding.
  const stack = fontstack
    .split(',')
    .map((s) => s.trim())
    .find(isFontStack);
  if (!stack) return jsonError(404, `Unknown font stack. Known: ${Object.keys(FONT_STACKS).join(', ')}.`);
  const start = parseGlyphRange(range.replace(/\.pbf$/, ''));
  if (start === null) return jsonError(400, 'Invalid glyph range: expected "N-M" with N a multiple of 256 and M = N + 255, up to 65535.');
  return serveBody(request, glyphBody(stack, start), { 'Cache-Control': cacheFor(versioned, CACHE_CONTROL.glyphs) });
}

/**
 * A layer as RFC 7946 GeoJSON; `?bbox=` filters features, `?year=` picks the year of temporal layers.
 * Too many new bbox cuts at once: 503 with Retry-After (whole layers are always served).
 */
export async function layerAnswer(request: Request, id: string, versioned: Versioned): Promise<Response> {
  const layer: RegisteredLayer | undefined = layerById(id);
  if (!layer) return jsonError(404, `Unknown layer "${id.slice(0, 64)}". Known: ${LAYERS.map((l) => l.id).join(', ')}.`);
  const stale = versionCheck(layer.id, versioned);
  if (stale) return stale;
  const parsed = parseLayerQuery(new URL(request.url).searchParams, layer);
  if (!parsed.ok) return jsonError(400, `Invalid query: ${parsed.message}.`);
  const cacheControl = cacheFor(versioned, CACHE_CONTROL.data);
  return orBusy(
    async () => serveBody(request, await layerBody(layer, parsed.query), { 'Cache-Control': cacheControl }),
    'Too many new bbox cuts are being made; try again shortly.',
  );
}
