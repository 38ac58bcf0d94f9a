/**
 * Page renders through the edge over real HTTP, with a stand-in for Next: requests for one new view
 * share one render, and when the gate refuses that render its waiters are refused with it (503 and
 * Retry-After at once) instead of queueing again one after another.
 */
import { describe, expect, it } from 'vitest';
import { createWorkGate } from '../http/work-gate';
import { standInEdge } from './stand-in-edge.testing';

/** An edge whose "Next" answers each page after `renderMs`, counting renders and what asks the gate (one render at a time, one waiting up to 100 ms). */
async function edge(renderMs: number) {
  let renders = 0;
  let asked = 0;
  const gate = createWorkGate({ concurrency: 1, maxQueued: 1, retryAfterSeconds: 7, maxWaitMs: 100 });
  const renderGate = { run: <T>(task: () => Promise<T>) => (asked++, gate.run(task)), load: gate.load };
  const { get } = await standInEdge(
    async (req, res) => {
      renders++;
      await new Promise((r) => setTimeout(r, renderMs));
      res.setHeader('content-type', 'text/html; charset=utf-8');
      const nonce = /'nonce-([^']+)'/.exec(String(req.headers['content-security-policy']))?.[1];
      res.end(
        `<!DOCTYPE html><html><head><script src="/_next/a.js" async=""></script></head><body><p>a view</p><script nonce="${nonce}">self.x=1</script></body></html>`,
      );
    },
    { renderGate },
  );
  return { get, renders: () => renders, asked: () => asked };
}

describe('page renders at the edge', () => {
  it('gives the first reader of a new view the page as kept: its bytes, ETag and hash-only CSP, scripts after the first paint', async () => {
    const { get } = await edge(10);
    const first = await get('/?indicator=population&year=2012');
    const firstBody = await first.text();
    const second = await get('/?indicator=population&year=2012');
    expect(firstBody).toBe(await second.text());
    expect(first.headers.get('etag')).toBe(second.headers.get('etag'));
    expect(first.headers.get('content-security-policy')).not.toContain("'nonce-");
    expect(first.headers.get('content-security-policy')).toContain("'sha256-");
    expect(firstBody).not.toContain('nonce=');
    expect(firstBody).not.toContain('<script src="/_next/a.js" async="">');
  });

  it('renders a new view once for everyone asking at the same time, and keeps it', async () => {
    const { get, renders } = await edge(50);
    const answers = await Promise.all([1, 2, 3].map(() => get('/?indicator=population&year=2010')));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    expect(renders()).toBe(1);
    expect((await get('/?indicator=population&year=2010')).status).toBe(200);
    expect(renders()).toBe(1);
  });

  it('refuses, at once, those waiting on a render the gate refused', async () => {
    const { get, renders, asked } = await edge(300);
    // The gate's one slot is taken by another view's render; this view's first request waits its
    // 100 ms and is refused, and the two that came with it are refused with it rather than each
    // asking the gate again.
    const busy = get('/?indicator=gdp_per_capita&year=2010');
    await new Promise((r) => setTimeout(r, 20));
    const started = Date.now();
    const answers = await Promise.all([1, 2, 3].map(() => get('/?indicator=population&year=2010')));
    expect(answers.map((a) => a.status)).toEqual([503, 503, 503]);
    expect(answers.map((a) => a.headers.get('retry-after'))).toEqual(['7', '7', '7']);
    expect(Date.now() - started).toBeLessThan(280);
    expect(asked()).toBe(2);
    expect((await busy).status).toBe(200);
    expect(renders()).toBe(1);
  });
});
