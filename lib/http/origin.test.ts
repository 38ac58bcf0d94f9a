import { describe, expect, it } from 'vitest';
import { requestOrigin } from './origin';

const req = (url: string, headers: Record<string, string> = {}) => new Request(url, { headers });

describe('requestOrigin', () => {
  it('uses the Host header the reader sent', () => {
    expect(requestOrigin(req('http://0.0.0.0:3000/api/style', { host: 'localhost:3000' }))).toBe('http://localhost:3000');
    expect(requestOrigin(req('http://0.0.0.0:3000/x', { host: '[::1]:3000' }))).toBe('http://[::1]:3000');
  });

  it('honours https from a proxy', () => {
    expect(requestOrigin(req('http://0.0.0.0/x', { host: 'hinterland.example', 'x-forwarded-proto': 'https' }))).toBe('https://hinterland.example');
  });

  it('ignores a malformed Host header', () => {
    expect(requestOrigin(req('http://localhost:3000/x', { host: 'evil"/><script>' }))).toBe('http://localhost:3000');
  });
});
