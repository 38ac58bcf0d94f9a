/**
 * The `test` every spec uses: Playwright's, plus a check that runs around every test — whatever the
 * flow, the pages it opened requested nothing from any host but the app's own (and the local page
 * the embed test serves itself). Data, blob and about: URLs are not requests to a host.
 */
import { expect, test as base } from '@playwright/test';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1']);

export const test = base.extend<{ onlyOwnHosts: void }>({
  onlyOwnHosts: [
    async ({ context }, use) => {
      const foreign = new Set<string>();
      context.on('request', (request) => {
        const url = new URL(request.url());
        if ((url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'ws:' || url.protocol === 'wss:') && !LOCAL_HOSTS.has(url.hostname)) {
          foreign.add(url.origin);
        }
      });
      await use();
      expect([...foreign], 'requests to other hosts').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
