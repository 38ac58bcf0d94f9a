import { describe, expect, it } from 'vitest';
import { topMovers } from './movers';

const move = (code: string, rank_from: number, rank_to: number) => ({ code, rank_from, rank_to, change: rank_from - rank_to });

describe('topMovers', () => {
  it('picks the largest rises and falls, ties by final rank', () => {
    const moves = [move('a', 10, 2), move('b', 5, 1), move('c', 1, 9), move('d', 3, 3), move('e', 12, 8), move('f', 20, 16), move('g', 2, 6)];
    const { risers, fallers } = topMovers(moves, 2);
    // a +8; e +4 and f +4 tie (and b +4): the better final rank first → b (1), e (8).
    expect(risers.map((m) => m.code)).toEqual(['a', 'b']);
    expect(topMovers(moves, 4).risers.map((m) => m.code)).toEqual(['a', 'b', 'e', 'f']);
    expect(fallers.map((m) => m.code)).toEqual(['c', 'g']);
    expect(topMovers([move('d', 3, 3)])).toEqual({ risers: [], fallers: [] });
  });
});
