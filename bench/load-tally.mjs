/**
 * What the load test keeps of each answer, per kind of request in the mix: its status, its latency,
 * and whether a 5xx was the server shedding work (503 with Retry-After, allowed) or a failure.
 */
import { percentile } from './stats.mjs';

/** Statuses a valid URL may get (304 for a revalidated ETag, 204 for an empty tile). */
export const EXPECTED_STATUSES = new Set([200, 204, 304]);
/** Any answer slower than this fails the run, and so does one still missing after it. */
export const SLOW_MS = 5000;

const header = (headers, name) => Object.entries(headers ?? {}).find(([k]) => k.toLowerCase() === name)?.[1];

/** A 503 that says when to come back: load shedding, not a failure. */
export const isShed = (status, headers) => status === 503 && header(headers, 'retry-after') !== undefined;

export function createTally() {
  const kinds = new Map();
  const of = (kind) => {
    if (!kinds.has(kind)) kinds.set(kind, { statuses: {}, latencies: [], answered: 0, unanswered: 0, shed_503: 0, failed_5xx: 0, unexpected: 0 });
    return kinds.get(kind);
  };
  return {
    record(kind, status, ms, headers) {
      const k = of(kind);
      k.statuses[status] = (k.statuses[status] ?? 0) + 1;
      k.answered++;
      k.latencies.push(ms);
      if (isShed(status, headers)) k.shed_503++;
      else if (status >= 500) k.failed_5xx++;
      else if (!EXPECTED_STATUSES.has(status)) k.unexpected++;
    },
    /**
     * A request without an answer when the phase ended (autocannon gave up on it, or it was still
     * running): the time it waited is a lower bound of its latency, and counts as one.
     */
    unanswered(kind, waitedMs) {
      of(kind).unanswered++;
      of(kind).latencies.push(waitedMs);
    },
    /** Per kind and in all; `isPageKind` picks the page views, whose p99 has its own limit. */
    summary(isPageKind) {
      const byKind = Object.fromEntries(
        [...kinds].map(([kind, k]) => [
          kind,
          {
            requests: k.answered,
            unanswered: k.unanswered,
            statuses: k.statuses,
            p50_ms: Math.round(percentile(k.latencies, 50) ?? 0),
            p99_ms: Math.round(percentile(k.latencies, 99) ?? 0),
            max_ms: Math.round(k.latencies.reduce((a, b) => Math.max(a, b), 0)),
            over_5s: k.latencies.filter((ms) => ms > SLOW_MS).length,
            shed_503: k.shed_503,
            failed_5xx: k.failed_5xx,
            unexpected: k.unexpected,
          },
        ]),
      );
      const sum = (field) => Object.values(byKind).reduce((n, k) => n + k[field], 0);
      const pageLatencies = [...kinds].filter(([kind]) => isPageKind(kind)).flatMap(([, k]) => k.latencies);
      return {
        by_kind: byKind,
        over_5s: sum('over_5s'),
        shed_503: sum('shed_503'),
        failed_5xx: sum('failed_5xx'),
        unexpected_statuses: sum('unexpected'),
        page_requests: pageLatencies.length,
        page_p99_ms: Math.round(percentile(pageLatencies, 99) ?? 0),
      };
    },
  };
}
