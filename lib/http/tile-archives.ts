/**
 * TILES_PMTILES_URL: where PMTiles archives of the tilesets are published (`npm run export:pmtiles`
 * writes them; object storage behind a CDN serves them), e.g. https://tiles.example/hinterland/ holding
 * basemap.pmtiles, provinces.pmtiles and nightlights.pmtiles. When set, the style names those archives
 * and the page's CSP lets the map connect to exactly that origin; when unset, the tiles come from
 * this server. Validated at start (server.mjs), like PUBLIC_ORIGIN.
 */
export class TileArchivesError extends Error {}

type Env = Record<string, string | undefined>;

/** The archives' base URL, ending in "/", or null when unset; throws TileArchivesError when malformed. */
export function resolveTileArchives(env: Env = process.env): string | null {
  const configured = env.TILES_PMTILES_URL?.trim();
  if (!configured) return null;
  let url: URL;
  try {
    url = new URL(configured);
  } catch {
    throw new TileArchivesError(`TILES_PMTILES_URL must be an absolute URL such as https://tiles.example/hinterland/ (got "${configured.slice(0, 80)}")`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new TileArchivesError('TILES_PMTILES_URL must use http or https');
  if (url.username || url.password || url.search || url.hash) {
    throw new TileArchivesError('TILES_PMTILES_URL must be a base URL: scheme, host, port and path, no query, fragment or credentials');
  }
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

let memo: { base: string | null } | undefined;
/** This process's archive base (validated at start, so a bad value never gets here). */
export const tileArchives = (): string | null => (memo ??= { base: resolveTileArchives() }).base;

/** The origin the map may fetch archives from, for the page's connect-src; null when unset. */
export const tileArchivesOrigin = (): string | null => {
  const base = tileArchives();
  return base && new URL(base).origin;
};
