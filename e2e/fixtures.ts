/**
 * The `test` every spec uses: Playwright's, plus a check that runs around every test — whatever the
 * flow, the pages it opened requested nothing from any host but the app's own (and the local page
 * the embed test serves itself). Data, blob and about: URLs are not requests to a host.
 */
import { expect, test as base, type BrowserContext } from '@playwright/test';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1']);
const NETWORK_PROTOCOLS = new Set(['http:', 'https:', 'ws:', 'wss:']);

/** Starts recording the origins of requests the context's pages make to hosts other than this machine. */
export function watchForeignRequests(context: BrowserContext): () => string[] {
  const foreign = new Set<string>();
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (NETWORK_PROTOCOLS.has(url.protocol) && !LOCAL_HOSTS.has(url.hostname)) foreign.add(url.origin);
  });
  return () => [...foreign];
}

export const test = base.extend<{ onlyOwnHosts: void }>({
  onlyOwnHosts: [
    async ({ context }, use) => {
      const foreignOrigins = watchForeignRequests(context);
      await use();
      expect(foreignOrigins(), 'requests to other hosts').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
