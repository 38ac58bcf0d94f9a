import { describe, expect, it } from 'vitest';
import { yearList } from './year-list';

describe('yearList', () => {
  it('joins runs of consecutive years', () => {
    expect(yearList([2005, 2010, 2011, 2012, 2024])).toBe('2005, 2010–2012, 2024');
    expect(yearList([2000, 2001])).toBe('2000, 2001');
    expect(yearList([])).toBe('');
  });
});
