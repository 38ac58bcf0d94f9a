/**
 * The API's entry points as path templates, for the JSON 404 of an unknown /api path (so a client
 * that got a URL wrong learns the right ones). A test keeps the list in step with app/api.
 */
export const API_ENTRY_POINTS = [
  '/api/layers',
  '/api/layers/{id}',
  '/api/layers/{id}/v/{version}',
  '/api/indicators',
  '/api/indicators/{id}',
  '/api/panel',
  '/api/panel/v/{version}',
  '/api/regions/{code}',
  '/api/convergence',
  '/api/stories/{id}',
  '/api/preview',
  '/api/style',
  '/api/tiles/{tileset}',
  '/api/tiles/{tileset}/{z}/{x}/{y}',
  '/api/tiles/{tileset}/v/{version}/{z}/{x}/{y}',
  '/api/glyphs/{fontstack}/{range}',
  '/api/glyphs/v/{version}/{fontstack}/{range}',
] as const;
