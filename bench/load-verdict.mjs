/** The load test's limits, and which of them a run broke (an empty list: it passed). */
import { SLOW_MS } from './load-tally.mjs';

export const LIMITS = {
  /** Under 100 connections V8 sizes its heap for ~30–40 s (measured); growth past this after that is a leak. */
  rss_growth_pct: 20,
  page_p99_ms: 1500,
  /** The control request (a cheap route, timed throughout) must not wait behind expensive work. */
  control_max_ms: 500,
  slow_ms: SLOW_MS,
};

/**
 * `results` as bench/load.mjs writes them. `checkRss` is off for short runs, where the heap is
 * still growing to its working size.
 */
export function failures(results, { checkRss = true } = {}) {
  const phaseFailures = Object.entries(results.phases).flatMap(([name, p]) => [
    p.failed_5xx && `${name}: ${p.failed_5xx} responses were 5xx (other than 503 with Retry-After)`,
    p.over_5s && `${name}: ${p.over_5s} requests took over ${LIMITS.slow_ms / 1000} s or got no answer`,
    p.socket_errors && `${name}: ${p.socket_errors} socket errors (timeouts included: ${p.timeouts})`,
    p.unexpected_statuses && `${name}: ${p.unexpected_statuses} responses had an unexpected status (every URL sent is valid)`,
    p.page_p99_ms > LIMITS.page_p99_ms && `${name}: page p99 ${p.page_p99_ms} ms (limit ${LIMITS.page_p99_ms} ms)`,
  ]);
  const { control } = results;
  return [
    results.exited,
    ...phaseFailures,
    control.max_ms >= LIMITS.control_max_ms &&
      `control ${control.path} took ${control.max_ms} ms at worst, in the ${control.max_phase} phase (limit ${LIMITS.control_max_ms} ms)`,
    control.failed && `control ${control.path}: ${control.failed} requests failed`,
    results.server_errors_logged && `the server logged ${results.server_errors_logged} error lines (first: ${results.server_error_lines[0]})`,
    checkRss && results.rss_mb.growth_pct >= LIMITS.rss_growth_pct && `RSS grew ${results.rss_mb.growth_pct}% (limit ${LIMITS.rss_growth_pct}%)`,
    ...results.post_checks.filter((c) => !c.ok).map((c) => `post-check failed: ${c.name}: ${c.detail}`),
  ].filter(Boolean);
}
