import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENCODING_HEADER, LENGTH_HEADER, SHIM_REQUEST_HEADER } from './precompressed';

describe('precompressed header contract', () => {
  it('uses the same header names as server.mjs', () => {
    const server = fs.readFileSync(path.join(import.meta.dirname, '..', '..', 'server.mjs'), 'utf8');
    for (const name of [SHIM_REQUEST_HEADER, ENCODING_HEADER, LENGTH_HEADER]) expect(server).toContain(`'${name}'`);
  });
});
