/** The load test's tables: per phase, side traffic and limits, per kind of request. */
import { LIMITS } from './load-verdict.mjs';

export function printReport(r) {
  const statuses = (s) =>
    Object.entries(s)
      .map(([c, n]) => `${c}: ${n}`)
      .join(', ');
  const row = (pick, limit = '') => ({ ...Object.fromEntries(Object.entries(r.phases).map(([name, p]) => [name, pick(p)])), limit });
  console.log(
    `\nLoad: cold ${r.options.cold_s} s, warm-up ${r.options.warmup_s} s, load ${r.options.duration_s} s; ${r.options.connections} connections; ${r.options.paths} fixed URLs + fresh ${r.options.generated.join(', ')}`,
  );
  console.table({
    requests: row((p) => p.requests.total),
    'requests/s': row((p) => p.requests.per_s),
    'latency p50 / p99 / max (ms)': row((p) => `${p.requests.p50_ms} / ${p.requests.p99_ms} / ${p.requests.max_ms}`),
    statuses: row((p) => statuses(p.statuses), '200, 204, 304'),
    'page p99 (ms)': row((p) => p.page_p99_ms, `≤ ${LIMITS.page_p99_ms}`),
    [`over ${LIMITS.slow_ms / 1000} s or unanswered`]: row((p) => p.over_5s, '0'),
    '5xx (other than 503 + Retry-After)': row((p) => p.failed_5xx, '0'),
    '503 with Retry-After (shed)': row((p) => p.shed_503),
    'socket errors (incl. timeouts)': row((p) => `${p.socket_errors} (${p.timeouts})`, '0'),
    'unexpected statuses': row((p) => p.unexpected_statuses, '0'),
  });
  const c = r.control;
  const a = r.aborted_requests;
  const s = r.slow_readers;
  console.table({
    [`control ${c.path} every ${c.every_ms} ms: p50 / p99 / max (ms)`]: {
      value: `${c.p50_ms} / ${c.p99_ms} / ${c.max_ms} (max in ${c.max_phase}; ${c.over_limit} of ${c.requests} ≥ ${LIMITS.control_max_ms})`,
      limit: `< ${LIMITS.control_max_ms}`,
    },
    'control failures': { value: c.failed, limit: '0' },
    'hung up: before answer / while reading / no answer in 5 s': { value: `${a.before_answer} / ${a.while_reading} / ${a.no_answer_in_5s}`, limit: '' },
    'slow readers: bytes read, cut off by server': {
      value: `${s.slow.bytes_read} B in ${s.slow.connections} connections, ${s.slow.cut_off_by_server}`,
      limit: '',
    },
    'never-reading clients: cut off by server, longest held (s)': {
      value: `${s.stuck.cut_off_by_server} of ${s.stuck.connections}, ${s.stuck.longest_held_s}`,
      limit: '',
    },
    'server-logged error lines': { value: r.server_errors_logged, limit: '0' },
    'RSS after warm-up → end (MB)': { value: `${r.rss_mb.after_warmup} → ${r.rss_mb.end} (peak ${r.rss_mb.peak})`, limit: '' },
    'RSS growth (%)': { value: r.rss_mb.growth_pct, limit: r.options.quick ? 'not judged (quick)' : `< ${LIMITS.rss_growth_pct}` },
  });
  const kinds = [...new Set(Object.values(r.phases).flatMap((p) => Object.keys(p.by_kind)))];
  console.table(
    Object.fromEntries(
      kinds.map((kind) => {
        const k = (name) => r.phases[name]?.by_kind[kind];
        const cell = (name) => {
          const c = k(name);
          return c ? `${c.requests} req (+${c.unanswered} unanswered), p99 ${c.p99_ms} / max ${c.max_ms} ms; ${statuses(c.statuses)}` : '';
        };
        return [kind, { cold: cell('cold'), load: cell('load') }];
      }),
    ),
  );
  for (const check of r.post_checks) console.log(`${check.ok ? 'ok  ' : 'FAIL'} ${check.name} (${check.detail})`);
  for (const line of r.server_error_lines) console.log(`server error line: ${line}`);
  console.log('Written to bench/load-results.json');
}
