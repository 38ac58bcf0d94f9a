import { describe, expect, it } from 'vitest';
import { parseTileCoordinates } from './tile-params';

const zoom = { min: 0, max: 8 };

describe('parseTileCoordinates', () => {
  it('accepts tiles inside the grid', () => {
    expect(parseTileCoordinates({ z: '8', x: '209', y: '105' }, zoom)).toEqual({ ok: true, z: 8, x: 209, y: 105 });
    expect(parseTileCoordinates({ z: '0', x: '0', y: '0' }, zoom)).toMatchObject({ ok: true });
  });

  it.each([
    [{ z: '-1', x: '0', y: '0' }, /non-negative integer/],
    [{ z: '1.5', x: '0', y: '0' }, /non-negative integer/],
    [{ z: 'a', x: '0', y: '0' }, /non-negative integer/],
    [{ z: '9', x: '0', y: '0' }, /between 0 and 8/],
    [{ z: '2', x: '4', y: '0' }, /between 0 and 3/],
    [{ z: '2', x: '0', y: '4' }, /between 0 and 3/],
    [{ z: '3', x: '1e2', y: '0' }, /non-negative integer/],
  ])('rejects %o', (raw, message) => {
    const r = parseTileCoordinates(raw, zoom);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(message);
  });
});
