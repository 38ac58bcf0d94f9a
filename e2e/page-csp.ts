/**
 * What every page's script policy must be, whether Next rendered it for this response (a fresh
 * nonce, 'strict-dynamic') or the edge served it from its cache (each inline script by hash):
 * no 'unsafe-inline', no 'unsafe-eval', and every inline script in the HTML allowed by name.
 */
import crypto from 'node:crypto';
import { expect } from '@playwright/test';

export function expectStrictScriptPolicy(csp: string, html: string): 'nonce' | 'hash' {
  const scriptSrc = csp.split('; ').find((d) => d.startsWith('script-src'))!;
  expect(scriptSrc).not.toContain('unsafe-inline');
  expect(scriptSrc).not.toContain('unsafe-eval');
  const nonce = /'nonce-([^']+)'/.exec(scriptSrc)?.[1];
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)];
  expect(inline.length).toBeGreaterThan(0);
  for (const [, attributes, body] of inline) {
    const byHash = scriptSrc.includes(`'sha256-${crypto.createHash('sha256').update(body).digest('base64')}'`);
    const byNonce = nonce !== undefined && attributes.includes(`nonce="${nonce}"`);
    expect(byHash || byNonce, `inline script ${body.slice(0, 40)}… is allowed by the policy`).toBe(true);
  }
  return nonce ? 'nonce' : 'hash';
}
