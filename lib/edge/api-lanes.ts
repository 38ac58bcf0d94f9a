/**
 * Which queue an API request the response cache cannot answer waits in before it goes to Next.
 *
 * Routes that bound their own expensive work — preview images and bbox cuts, each under a work gate
 * of its own (lib/server/preview.ts, lib/server/layer-store.ts) — keep their place in the edge's
 * queue while they wait on their own gate and work, for up to seconds. In one queue with the cheap
 * answers (tiles, glyphs, data) they took every place in the load test's cold phase, and tiles
 * already in memory waited up to 8 s behind them. So they queue apart.
 */
export type ApiLane = 'quick' | 'gated';

const GATED_PATH = /^\/api\/preview\/?$/;
const LAYER_PATH = /^\/api\/layers\/[^/]+(?:\/v\/[^/]+)?\/?$/;

/** The lane of a request target (path and query, as the edge has checked it). */
export function apiLaneOf(url: string): ApiLane {
  const q = url.indexOf('?');
  const path = q < 0 ? url : url.slice(0, q);
  if (GATED_PATH.test(path)) return 'gated';
  if (q >= 0 && LAYER_PATH.test(path) && new URLSearchParams(url.slice(q + 1)).has('bbox')) return 'gated';
  return 'quick';
}
