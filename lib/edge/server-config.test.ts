import { describe, expect, it } from 'vitest';
import { serverConfig, ServerConfigError } from './server-config';

describe('serverConfig', () => {
  it('bounds every phase of a slow client by default', () => {
    const { timeouts } = serverConfig({}, []);
    for (const ms of Object.values(timeouts)) expect(ms).toBeGreaterThan(0);
    expect(timeouts.headersMs).toBeLessThanOrEqual(timeouts.requestMs);
    expect(timeouts.responseMs).toBeLessThanOrEqual(120_000);
  });

  it('reads the public origin and TRUST_PROXY', () => {
    const c = serverConfig({ PUBLIC_ORIGIN: 'https://h.example', TRUST_PROXY: '1', PORT: '8080' }, ['--dev']);
    expect(c).toMatchObject({ publicOrigin: 'https://h.example', trustProxy: true, port: 8080, dev: true });
    expect(serverConfig({ TRUST_PROXY: 'yes' }, []).trustProxy).toBe(false);
  });

  it.each([{ PORT: 'x' }, { CLIENT_TIMEOUT_MS: '5' }, { CLIENT_TIMEOUT_MS: 'soon' }])('refuses %o with a reason', (env) => {
    expect(() => serverConfig(env, [])).toThrow(ServerConfigError);
  });

  it('reads where the tile archives are, and refuses a malformed one at start', () => {
    expect(serverConfig({}, []).tileArchives).toBeNull();
    expect(serverConfig({ TILES_PMTILES_URL: 'https://tiles.example/h' }, []).tileArchives).toBe('https://tiles.example/h/');
    expect(() => serverConfig({ TILES_PMTILES_URL: 'tiles.example' }, [])).toThrow(/TILES_PMTILES_URL/);
  });
});
