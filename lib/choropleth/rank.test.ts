import { describe, expect, it } from 'vitest';
import { ranks } from './rank';

describe('ranks', () => {
  it('ranks highest first, shares ties, skips missing', () => {
    const r = ranks(
      new Map<string, number | null>([
        ['a', 5],
        ['b', 9],
        ['c', 5],
        ['d', null],
        ['e', 1],
      ]),
    );
    expect(Object.fromEntries(r)).toEqual({ b: 1, a: 2, c: 2, e: 4 });
  });
});
