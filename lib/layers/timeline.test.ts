import { describe, expect, it } from 'vitest';
import { timelineYears } from './timeline';
import { layerById } from './registry';

describe('timelineYears', () => {
  const gdp = Array.from({ length: 25 }, (_, i) => 2000 + i);

  it('is the indicator’s years with no temporal layer on', () => {
    expect(timelineYears(gdp, [])).toEqual(gdp);
    expect(timelineYears(gdp, ['hu-line', 'city-clusters'])).toEqual(gdp);
    expect(timelineYears([], ['rail-hubs'])).toEqual([]);
  });

  it('reaches the rail hubs’ last year when they are on, keeping census-only years as they are', () => {
    const last = layerById('rail-hubs')!.years![1];
    expect(last).toBeGreaterThanOrEqual(2025);
    expect(timelineYears(gdp, ['rail-hubs'])).toEqual([...gdp, ...Array.from({ length: last - 2024 }, (_, i) => 2025 + i)]);
    expect(timelineYears([2000, 2010, 2020], ['rail-hubs'])).toEqual([2000, 2010, 2020, ...Array.from({ length: last - 2020 }, (_, i) => 2021 + i)]);
  });
});
