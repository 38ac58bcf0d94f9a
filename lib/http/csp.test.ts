import { describe, expect, it } from 'vitest';
import { API_CSP, pageCsp } from './csp';

describe('CSP', () => {
  it('allows page scripts by nonce only, with no unsafe-eval or unsafe-inline scripts in production', () => {
    const csp = pageCsp('abc123');
    const script = csp.split('; ').find((d) => d.startsWith('script-src'))!;
    expect(script).toContain("'nonce-abc123'");
    expect(script).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("connect-src 'self'");
  });

  it('lets other sites frame the embed view only', () => {
    expect(pageCsp('n', false, true)).toContain('frame-ancestors *');
    expect(pageCsp('n', false, false)).toContain("frame-ancestors 'none'");
  });

  it('lets API responses run nothing', () => {
    expect(API_CSP).toContain("default-src 'none'");
  });
});

