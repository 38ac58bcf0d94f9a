import { describe, expect, it } from 'vitest';
import { memoByKey, once } from './memo';

describe('once', () => {
  it('loads on first use only, and keeps a falsy value', () => {
    let calls = 0;
    const load = once(() => (calls++, 0));
    expect([load(), load()]).toEqual([0, 0]);
    expect(calls).toBe(1);
  });
});

describe('memoByKey', () => {
  it('makes each key once and keeps keys apart', () => {
    const made: string[] = [];
    const memo = memoByKey<string>();
    const get = (k: string) => memo(k, () => (made.push(k), k.toUpperCase()));
    expect([get('a'), get('b'), get('a')]).toEqual(['A', 'B', 'A']);
    expect(made).toEqual(['a', 'b']);
  });
});
