import { describe, expect, it } from 'vitest';
import type { Citation } from './schema';
import type { ValuesPanel } from './api-types';
import type { RegionRef } from './regions';
import { panelObservation, panelRanks, panelRegionSeries } from './panel';

const cite = (title: string) => ({ publisher: 'NBS', title }) as Citation;
// Three provinces, a group and China; one indicator over three years, with a gap, an estimate, a computed group value and a note.
const panel: ValuesPanel = {
  places: ['100000', 'west', '510000', '520000', '530000'],
  indicators: {
    gdp: {
      years: [2000, 2001, 2002],
      values: [
        [10, 6, 5, 7, null],
        [12, 7, 9, 8, 4],
        [14, 8, 9, 11, 6],
      ],
      estimates: [[1, 4, 0]],
      computed: [[1, 1, 1]],
      notes: [[2, 0, 2]],
      source_sets: [['nbs-a'], ['nbs-a', 'nbs-b']],
      sources: [
        [0, 1, 0, 0, -1],
        [0, 1, 0, 0, 0],
        [0, 1, 0, 1, 0],
      ],
    },
  },
  citations: { 'nbs-a': cite('A'), 'nbs-b': cite('B') },
  texts: ['GDP ÷ population', 'Sum of members', 'Revised after the census'],
};
const regions: RegionRef[] = [
  { code: '100000', name_en: 'China', name_zh: '中国', kind: 'country' },
  { code: 'west', name_en: 'West', name_zh: '西部', kind: 'group', members: ['510000', '520000', '530000'] },
  { code: '510000', name_en: 'Sichuan', name_zh: '四川', kind: 'province' },
  { code: '520000', name_en: 'Guizhou', name_zh: '贵州', kind: 'province' },
  { code: '530000', name_en: 'Yunnan', name_zh: '云南', kind: 'province' },
] as RegionRef[];

describe('panelObservation', () => {
  it('gives a cell with its sources and texts, and null for a gap', () => {
    expect(panelObservation(panel, 'gdp', '530000', 2001)).toEqual({ year: 2001, value: 4, sources: ['nbs-a'], estimate: { method: 'GDP ÷ population' } });
    expect(panelObservation(panel, 'gdp', 'west', 2001)).toEqual({ year: 2001, value: 7, sources: ['nbs-a', 'nbs-b'], computed: { method: 'Sum of members' } });
    expect(panelObservation(panel, 'gdp', '100000', 2002)).toEqual({ year: 2002, value: 14, sources: ['nbs-a'], note: 'Revised after the census' });
    expect(panelObservation(panel, 'gdp', '530000', 2000)).toBeNull();
    expect(panelObservation(panel, 'gdp', '530000', 1999)).toBeNull();
  });
});

describe('panelRanks', () => {
  const provinces = ['510000', '520000', '530000'];
  it('ranks a province among the provinces with a value each year, ties sharing the higher rank, estimates marked', () => {
    expect(panelRanks(panel, 'gdp', '520000', provinces)).toEqual([
      { year: 2000, rank: 1, of: 2 },
      { year: 2001, rank: 2, of: 3, estimate: true },
      { year: 2002, rank: 1, of: 3 },
    ]);
    // Its own gap year has no rank.
    expect(panelRanks(panel, 'gdp', '530000', provinces).map((r) => r.year)).toEqual([2001, 2002]);
    expect(panelRanks(panel, 'gdp', '510000', provinces)[2]).toEqual({ year: 2002, rank: 2, of: 3 });
  });
});

describe('panelRegionSeries', () => {
  it('gives a province its series, its ranks and the citations they name', () => {
    const r = panelRegionSeries(panel, ['gdp'], regions, regions[3]);
    expect(r).toMatchObject({ code: '520000', name_en: 'Guizhou', kind: 'province' });
    expect(r.series.gdp.map((o) => o.value)).toEqual([7, 8, 11]);
    expect(r.ranks?.gdp.map((p) => p.rank)).toEqual([1, 2, 1]);
    expect(Object.keys(r.sources)).toEqual(['nbs-a', 'nbs-b']);
  });

  it('gives a group or China no ranks, and an unknown indicator an empty series', () => {
    const group = panelRegionSeries(panel, ['gdp', 'nope'], regions, regions[1]);
    expect(group.ranks).toBeUndefined();
    expect(group.members).toEqual(['510000', '520000', '530000']);
    expect(group.series.nope).toEqual([]);
    expect(panelRegionSeries(panel, ['gdp'], regions, regions[0]).ranks).toBeUndefined();
  });
});
