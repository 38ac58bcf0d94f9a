/**
 * The API's paths with a valid value for each segment, as plain data: the route-handler tests
 * (lib/testing/api-routes.ts) and the e2e spec over HTTP both read it.
 */
/**
 * Stands for the build's content version in a versioned path: the route tests put in the real one
 * (api-routes.ts); over HTTP it is a version the server does not hold, so those paths answer 404.
 */
export const CURRENT_VERSION = 'current';

export const API_PATHS = {
  '/api/indicators/{id}': { id: 'gdp_per_capita' },
  '/api/layers/{id}': { id: 'focus-cities' },
  '/api/tiles/{tileset}': { tileset: 'basemap' },
  '/api/tiles/{tileset}/{z}/{x}/{y}': { tileset: 'basemap', z: '4', x: '12', y: '6' },
  '/api/tiles/{tileset}/v/{version}/{z}/{x}/{y}': { tileset: 'basemap', version: CURRENT_VERSION, z: '4', x: '12', y: '6' },
  '/api/glyphs/{fontstack}/{range}': { fontstack: 'Noto Sans Regular', range: '0-255' },
  '/api/glyphs/v/{version}/{fontstack}/{range}': { version: CURRENT_VERSION, fontstack: 'Noto Sans Regular', range: '0-255' },
  '/api/layers/{id}/v/{version}': { id: 'focus-cities', version: CURRENT_VERSION },
  '/api/regions/{code}': { code: '420000' },
  '/api/convergence': {},
  '/api/panel': {},
  '/api/panel/v/{version}': { version: CURRENT_VERSION },
  '/api/preview': {},
  '/api/stories/{id}': { id: 'brief' },
} as const satisfies Record<string, Record<string, string>>;

export type ApiPath = keyof typeof API_PATHS;

/** Query parameters a route reads, with a valid id where the route needs one to reach them. */
export const API_QUERIES: ReadonlyArray<{ path: ApiPath; query: string; segments?: Record<string, string> }> = [
  { path: '/api/indicators/{id}', query: 'year' },
  { path: '/api/indicators/{id}', query: 'format' },
  { path: '/api/layers/{id}', query: 'bbox' },
  { path: '/api/regions/{code}', query: 'format' },
  { path: '/api/layers/{id}', query: 'year', segments: { id: 'rail-hubs' } },
  { path: '/api/convergence', query: 'indicator' },
  { path: '/api/convergence', query: 'from' },
  { path: '/api/convergence', query: 'to' },
  { path: '/api/convergence', query: 'format' },
  { path: '/api/preview', query: 'indicator' },
  { path: '/api/preview', query: 'region' },
  { path: '/api/preview', query: 'range' },
  { path: '/api/preview', query: 'change' },
];

/** Fills a path's segments: `encode` gets each value (identity to send raw, pre-encoded payloads). */
export const fillPath = (path: string, params: Record<string, string>, encode: (s: string) => string) =>
  path.replace(/\{(\w+)\}/g, (_, name: string) => encode(params[name]));
