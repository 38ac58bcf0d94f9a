/** Where the page loads MapLibre from (copied into public/ by geo/scripts/copy-maplibre.mjs). */
export const MAPLIBRE_MODULE_URL = '/maplibre-gl.mjs';
export const MAPLIBRE_WORKER_URL = '/maplibre-gl-worker.mjs';
export const MAPLIBRE_CSS_URL = '/maplibre-gl.css';
