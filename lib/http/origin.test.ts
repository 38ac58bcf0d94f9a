import { describe, expect, it } from 'vitest';
import { PublicOriginError, resolvePublicOrigin } from './origin';

describe('resolvePublicOrigin', () => {
  it('uses PUBLIC_ORIGIN when it is a bare origin', () => {
    expect(resolvePublicOrigin({ PUBLIC_ORIGIN: 'https://hinterland.example' })).toBe('https://hinterland.example');
    expect(resolvePublicOrigin({ PUBLIC_ORIGIN: 'https://Hinterland.Example:8443/' })).toBe('https://hinterland.example:8443');
  });

  it('defaults to the listening address, with 0.0.0.0 and :: read as localhost', () => {
    expect(resolvePublicOrigin({})).toBe('http://localhost:3000');
    expect(resolvePublicOrigin({ PORT: '3100', HOSTNAME: '0.0.0.0' })).toBe('http://localhost:3100');
    expect(resolvePublicOrigin({ PORT: '8080', HOSTNAME: '::' })).toBe('http://localhost:8080');
    expect(resolvePublicOrigin({ PORT: '8080', HOSTNAME: '127.0.0.1' })).toBe('http://127.0.0.1:8080');
    expect(resolvePublicOrigin({ PORT: '8080', HOSTNAME: '::1' })).toBe('http://[::1]:8080');
  });

  it.each(['evil.example', 'ftp://x.example', 'https://x.example/app', 'https://u:p@x.example', 'https://x.example/?a=1', 'javascript:alert(1)'])(
    'refuses %s with a reason',
    (value) => {
      expect(() => resolvePublicOrigin({ PUBLIC_ORIGIN: value })).toThrow(PublicOriginError);
    },
  );
});
