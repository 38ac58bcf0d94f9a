// node --test bench/  (the bench is plain .mjs, outside vitest's include)
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isErrorLine, lineSplitter } from './load-server-log.mjs';
import { createTally, isShed } from './load-tally.mjs';
import { failures } from './load-verdict.mjs';

const isPage = (kind) => kind.startsWith('page');

describe('createTally', () => {
  it('tells shed 503s from failures, and unexpected statuses from expected ones', () => {
    const t = createTally();
    t.record('preview', 503, 10, { 'Retry-After': '1' });
    t.record('preview', 503, 10, {});
    t.record('preview', 500, 10, {});
    t.record('tiles', 404, 10, {});
    t.record('tiles', 304, 10, {});
    const s = t.summary(isPage);
    assert.deepEqual([s.shed_503, s.failed_5xx, s.unexpected_statuses], [1, 2, 1]);
  });

  it('counts answers over 5 s and requests never answered as over the limit', () => {
    const t = createTally();
    t.record('page /', 200, 5001);
    t.record('page /', 200, 4999);
    t.unanswered('regions', 6000);
    t.unanswered('regions', 1000);
    const s = t.summary(isPage);
    assert.equal(s.over_5s, 2);
    assert.deepEqual([s.by_kind.regions.requests, s.by_kind.regions.unanswered, s.by_kind.regions.max_ms], [0, 2, 6000]);
  });

  it('takes the page p99 over page kinds only', () => {
    const t = createTally();
    for (let i = 0; i < 100; i++) t.record('page /', 200, 100);
    t.record('page with view', 200, 2000);
    t.record('tiles', 200, 9000);
    const s = t.summary(isPage);
    assert.equal(s.page_p99_ms, 100);
    assert.equal(s.by_kind.tiles.max_ms, 9000);
  });
});

describe('isShed', () => {
  it('reads Retry-After in any case', () => {
    assert.equal(isShed(503, { 'retry-after': '2' }), true);
    assert.equal(isShed(500, { 'Retry-After': '2' }), false);
  });
});

describe('isErrorLine', () => {
  it("counts our lines and Next's, not stack frames, warnings or ready lines", () => {
    const lines = [
      '[hinterland] request failed: boom',
      '\x1b[31m\x1b[1m⨯\x1b[22m\x1b[39m unhandledRejection: x',
      'Error: aborted',
      '[Error: socket hang up] { code: "ECONNRESET" }',
      'TypeError: x is not a function',
      '    at handler (route.js:1:2)',
      '⚠ slow',
      '▲ Next.js 16',
      'Hinterland listening on http://localhost:3000',
    ];
    assert.deepEqual(lines.map(isErrorLine), [true, true, true, true, true, false, false, false, false]);
  });
});

describe('lineSplitter', () => {
  it('joins lines split across chunks', () => {
    const seen = [];
    const feed = lineSplitter((l) => seen.push(l));
    feed('Err');
    feed('or: a\nnext');
    feed(' line\n');
    assert.deepEqual(seen, ['Error: a', 'next line']);
  });
});

describe('failures', () => {
  const phase = { failed_5xx: 0, over_5s: 0, socket_errors: 0, timeouts: 0, unexpected_statuses: 0, page_p99_ms: 300 };
  const passing = {
    phases: { cold: { ...phase }, load: { ...phase } },
    control: { path: '/api/style', max_ms: 120, failed: 0 },
    server_errors_logged: 0,
    server_error_lines: [],
    rss_mb: { growth_pct: 25 },
    post_checks: [{ name: 'x', ok: true }],
  };

  it('passes a clean run (RSS not judged when told not to)', () => {
    assert.deepEqual(failures(passing, { checkRss: false }), []);
  });

  it('names each broken limit', () => {
    const broken = {
      ...passing,
      phases: { cold: { ...phase, page_p99_ms: 1600, over_5s: 1 }, load: { ...phase, failed_5xx: 2 } },
      control: { path: '/api/style', max_ms: 700, max_phase: 'cold', failed: 0 },
      server_errors_logged: 1,
      server_error_lines: ['⨯ Error: aborted'],
    };
    const found = failures(broken).join('\n');
    for (const text of [
      'cold: page p99 1600 ms',
      'cold: 1 requests took over 5 s',
      'load: 2 responses were 5xx',
      'control /api/style took 700 ms',
      'logged 1 error lines',
      'RSS grew 25%',
    ]) {
      assert.match(found, new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    }
  });
});
