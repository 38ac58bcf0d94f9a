import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { API_CSP, pageCsp } from './csp';

const scriptSrc = (csp: string) => csp.split('; ').find((d) => d.startsWith('script-src'))!;

describe('CSP', () => {
  it('allows page scripts by nonce only, with no unsafe-eval or unsafe-inline scripts in production', () => {
    const csp = pageCsp({ nonce: 'abc123' });
    expect(scriptSrc(csp)).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("connect-src 'self'");
  });

  it('names a cached page’s inline scripts by hash, without strict-dynamic (which would ignore self)', () => {
    const hash = `sha256-${crypto.createHash('sha256').update('x()').digest('base64')}`;
    expect(scriptSrc(pageCsp({ hashes: [hash] }))).toBe(`script-src 'self' '${hash}'`);
  });

  it('lets other sites frame the embed view only', () => {
    expect(pageCsp({ nonce: 'n' }, false, true)).toContain('frame-ancestors *');
    expect(pageCsp({ nonce: 'n' }, false, false)).toContain("frame-ancestors 'none'");
  });

  it('lets API responses run nothing', () => {
    expect(API_CSP).toContain("default-src 'none'");
  });
});
