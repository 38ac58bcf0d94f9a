import { describe, expect, it } from 'vitest';
import { measureKind, whyNotMeasurable } from './applicability';

describe('measureKind', () => {
  it('reads totals from the aggregation method, so a new indicator needs no list', () => {
    expect(measureKind({ aggregation: { method: 'sum' } })).toBe('total');
    expect(measureKind({ aggregation: { method: 'weighted', weight: 'population' } })).toBe('rate');
    expect(measureKind({ aggregation: { method: 'ratio', numerator: 'gdp', denominator: 'population', scale: 1e4 } })).toBe('rate');
    expect(measureKind({ aggregation: null })).toBe('rate');
    expect(whyNotMeasurable({ id: 'gdp', aggregation: { method: 'sum' } })).toMatch(/gdp is a total/);
    expect(whyNotMeasurable({ id: 'urbanization', aggregation: { method: 'weighted', weight: 'population' } })).toBeNull();
  });
});
