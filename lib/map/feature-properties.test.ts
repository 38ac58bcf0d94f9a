import { describe, expect, it } from 'vitest';
import { unflattenProperties } from './feature-properties';

describe('unflattenProperties', () => {
  it('parses JSON-encoded arrays and objects and leaves other values alone', () => {
    expect(unflattenProperties({ a: '["x","y"]', b: '{"k":1}', c: 'plain', d: 3, e: '[not json' })).toEqual({
      a: ['x', 'y'],
      b: { k: 1 },
      c: 'plain',
      d: 3,
      e: '[not json',
    });
  });
});
