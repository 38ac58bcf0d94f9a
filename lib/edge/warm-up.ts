/**
 * One request to each route before the server takes its first reader (server.mjs sends them over
 * a private loopback listener), so that the first readers do not pay for Next loading each route's
 * code and the stores reading the build (the load test's cold phase measured seconds of that).
 * Failures are reported, never fatal.
 */
const WARM_UP_PATHS = [
  '/',
  // Each view and language once: their components and messages load on first use.
  ...['view=chart', 'view=scatter', 'view=table', 'view=sources', 'view=gaps', 'lang=zh', 'story=brief', 'embed=1'].map((q) => `/?${q}`),
  '/api/style',
  '/api/tiles/basemap',
  '/api/tiles/basemap/0/0/0',
  '/api/glyphs/Noto%20Sans%20Regular/0-255',
  '/api/layers',
  '/api/layers/provinces',
  '/api/indicators',
  '/api/indicators/gdp_per_capita',
  '/api/regions/100000',
  '/api/convergence',
  '/api/preview',
];

const get = (origin: string, path: string) => fetch(origin + path, { headers: { 'accept-encoding': 'br, gzip' }, signal: AbortSignal.timeout(30_000) });

/** The versioned URLs the first readers fetch, as the style, TileJSON and catalogue name them (their hashes are the build's). */
async function versionedPaths(origin: string): Promise<string[]> {
  const json = async (path: string) => (await get(origin, path)).json();
  const [style, tiles, catalogue] = await Promise.all([json('/api/style'), json('/api/tiles/basemap'), json('/api/indicators')]);
  return [
    style.glyphs.replace('{fontstack}', 'Noto%20Sans%20Regular').replace('{range}', '0-255'),
    tiles.tiles[0].replace('{z}/{x}/{y}', '0/0/0'),
    style.metadata['hinterland:sources'].layers.provinces,
    catalogue.panel,
  ];
}

export async function warmUp(origin: string): Promise<{ ms: number; failed: string[] }> {
  const started = performance.now();
  const failed: string[] = [];
  const warm = async (path: string) => {
    try {
      const res = await get(origin, path);
      await res.arrayBuffer();
      if (!res.ok) failed.push(`${path} (${res.status})`);
    } catch {
      failed.push(`${path} (no answer)`);
    }
  };
  for (const path of WARM_UP_PATHS) await warm(path);
  const versioned = await versionedPaths(origin).catch(() => null);
  if (versioned) for (const path of versioned) await warm(path);
  else failed.push('versioned URLs (style, TileJSON or catalogue unreadable)');
  return { ms: Math.round(performance.now() - started), failed };
}
