import { describe, expect, it } from 'vitest';
import { yearInSpan } from './layer-year';

describe('yearInSpan', () => {
  it('keeps a year inside the span, moves others to its nearest end, and takes the latest when none is asked', () => {
    expect(yearInSpan([2005, 2024], 2010)).toBe(2010);
    expect(yearInSpan([2005, 2024], 2000)).toBe(2005);
    expect(yearInSpan([2005, 2024], 2025)).toBe(2024);
    expect(yearInSpan([2005, 2024], null)).toBe(2024);
  });
});
