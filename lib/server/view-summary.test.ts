import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE } from '../url/view-state';
import { summarizeView } from './view-summary';

describe('summarizeView', () => {
  it('counts the provinces whose value is a Hinterland estimate, for the legend and preview to say so', () => {
    expect(summarizeView({ ...DEFAULT_STATE, indicator: 'gdp_per_capita', year: 2010 }).estimated).toBe(31);
    expect(summarizeView({ ...DEFAULT_STATE, indicator: 'gdp_per_capita', year: 2024 }).estimated).toBe(0);
  });

  it('titles the view in its language, with the selected place', () => {
    expect(summarizeView({ ...DEFAULT_STATE, indicator: 'gdp_per_capita', year: 2024, region: '420000' }).title).toBe('GDP per capita, 2024 — Hubei');
  });
});
