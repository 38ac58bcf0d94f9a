import { describe, expect, it } from 'vitest';
import { viewContext } from './context';

describe('viewContext', () => {
  const ctx = viewContext(['gdp_per_capita'], ['hub:wuhan']);

  it('names provinces, groups and the listed layer features', () => {
    expect(['420000', 'coastal', 'hub:wuhan'].map(ctx.isRegion)).toEqual([true, true, true]);
    expect(['990000', 'hub:nowhere', 'cluster:wuhan'].map(ctx.isRegion)).toEqual([false, false, false]);
  });

  it("names a nightlight cell by its layer's rule, as no page lists all 4,048", () => {
    expect(ctx.isRegion('cell:5352')).toBe(true);
    expect(['cell:9000', 'cell:-1', 'cell:1.5', 'cell:'].map(ctx.isRegion)).toEqual([false, false, false, false]);
  });
});
