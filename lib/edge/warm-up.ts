/**
 * One request to each route before the server takes its first reader (server.mjs sends them over
 * a private loopback listener), so that the first readers do not pay for Next loading each route's
 * code and the stores reading the build (the load test's cold phase measured seconds of that).
 * Failures are reported, never fatal.
 */
const WARM_UP_PATHS = [
  '/',
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

export async function warmUp(origin: string): Promise<{ ms: number; failed: string[] }> {
  const started = performance.now();
  const failed: string[] = [];
  for (const path of WARM_UP_PATHS) {
    try {
      const res = await fetch(origin + path, { headers: { 'accept-encoding': 'br, gzip' }, signal: AbortSignal.timeout(30_000) });
      await res.arrayBuffer();
      if (!res.ok) failed.push(`${path} (${res.status})`);
    } catch {
      failed.push(`${path} (no answer)`);
    }
  }
  return { ms: Math.round(performance.now() - started), failed };
}
