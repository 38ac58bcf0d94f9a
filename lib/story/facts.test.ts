import { describe, expect, it } from 'vitest';
import { dataset } from '../server/indicator-store';
import { storyFacts } from './facts';
import type { Story } from './types';

const story = (caption: string): Story => ({
  id: 't',
  title: { en: 't', zh: 't' },
  citations: [],
  steps: [{ id: 's', title: { en: 's', zh: 's' }, view: '', caption: { en: caption, zh: caption } }],
});
const factsOf = (caption: string) => Object.values(storyFacts(dataset(), story(caption)).facts);

// Checked by hand against geo/sources/values/*.csv.
describe('storyFacts', () => {
  it('reads a value as the indicator API serves it, with its citation', () => {
    // gdp_per_capita.csv: 500000,2024,100903,nbs-db-fsnd-xsec-v5
    expect(factsOf('{{value indicator=gdp_per_capita place=500000 year=2024}}')).toEqual([
      expect.objectContaining({ value: 100903, estimate: false, sources: ['nbs-db-fsnd-xsec-v5'] }),
    ]);
  });

  it('computes ratios, ranks and changes from the same observations', () => {
    // Beijing 228,167 ÷ Gansu 52,825 = 4.319…; Gansu is the lowest of the 31 in 2024, Beijing the highest.
    const [ratio, lowest, highest] = factsOf(
      '{{ratio indicator=gdp_per_capita place=110000 of=620000 year=2024}} {{rank indicator=gdp_per_capita place=620000 year=2024}} {{rank indicator=gdp_per_capita place=110000 year=2024}}',
    );
    expect(ratio!.value).toBeCloseTo(228167 / 52825, 10);
    expect(lowest).toMatchObject({ value: 31, of: 31 });
    expect(highest).toMatchObject({ value: 1, of: 31 });
    // population.csv: Heilongjiang 3833 (2010) → 3029 (2024), ten thousand persons: −20.98 %.
    const [change] = factsOf('{{change indicator=population place=230000 from=2010 to=2024}}');
    expect(change).toMatchObject({ start: 3833, end: 3029, how: 'pct' });
    expect(change!.value).toBeCloseTo((100 * (3029 - 3833)) / 3833, 10);
  });

  it('answers null where the data has no value (Tibet has no 2000 population here)', () => {
    expect(factsOf('{{value indicator=population place=540000 year=2000}}')).toEqual([null]);
    expect(factsOf('{{gini indicator=tertiary_education year=2010}}')).toEqual([null]);
  });
});
