/**
 * The browser needs each temporal layer's years before any data arrives, so definitions state them;
 * these checks hold them to what the geo build produced (geo/build).
 */
import { describe, expect, it } from 'vitest';
import { nightlightGrid } from '../../server/nightlight-layer';
import { dataset, yearsWithData } from '../../server/indicator-store';
import { layerCollection } from '../../server/layer-store';
import { LAYERS } from '../registry';
import { collaborationPairs } from './collaboration-pairs';
import { huLine } from './hu-line';
import { nightlights } from './nightlights';
import { railHubs } from './rail-hubs';

const span = (years: readonly number[]) => [years[0], years.at(-1)];
const inside = (years: readonly [number, number] | undefined, year: number) => !!years && years[0] <= year && year <= years[1];

describe('temporal layers’ years', () => {
  it('nightlights: exactly the years the build modeled, with none missing in between', () => {
    const built = nightlightGrid().years;
    expect(span(built)).toEqual(nightlights.years);
    expect(built).toHaveLength(built.at(-1)! - built[0] + 1);
  });

  it('Hu Line: the years of the population series its live split needs', () => {
    expect(span(yearsWithData('population'))).toEqual(huLine.years);
    expect(dataset().indicators.find((i) => i.id === 'population')?.years).toEqual(huLine.years);
  });

  it('rail hubs and East–West pairs: every year their features name lies inside the layer’s years', () => {
    const opened = layerCollection(railHubs).features.flatMap((f) => f.properties?.opened ?? []);
    const pairYears = layerCollection(collaborationPairs).features.flatMap((f) => [f.properties?.since, f.properties?.until ?? []].flat());
    expect(opened.length).toBeGreaterThan(0);
    expect(opened.filter((y) => !inside(railHubs.years, y))).toEqual([]);
    expect(pairYears.filter((y) => !inside(collaborationPairs.years, y))).toEqual([]);
  });

  it('every layer that filters by year has years', () => {
    expect(LAYERS.filter((l) => l.filterByYear && !l.years).map((l) => l.id)).toEqual([]);
  });
});
