/**
 * The API's entry points as path templates, for the JSON 404 of an unknown /api path (so a client
 * that got a URL wrong learns the right ones). A test keeps the list in step with app/api.
 */
export const API_ENTRY_POINTS = [
  '/api/layers',
  '/api/layers/{id}',
  '/api/indicators',
  '/api/indicators/{id}',
  '/api/panel',
  '/api/regions/{code}',
  '/api/convergence',
  '/api/stories/{id}',
  '/api/preview',
  '/api/style',
  '/api/tiles/{tileset}',
  '/api/tiles/{tileset}/{z}/{x}/{y}',
  '/api/glyphs/{fontstack}/{range}',
] as const;
