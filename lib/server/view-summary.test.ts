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

  it("colours the provinces and writes the legend from one set of bins, in the view's language", () => {
    const { choropleth } = summarizeView({ ...DEFAULT_STATE, indicator: 'gdp_per_capita', year: 2024, lang: 'zh', group: 'west' });
    expect(choropleth.values.size).toBe(31);
    expect(choropleth.legend.at(-1)!.label).toBe('无数据');
    const classColors = new Set(choropleth.legend.slice(0, -1).map((row) => row.color));
    for (const color of choropleth.colors.values()) expect(classColors.has(color)).toBe(true);
    expect(choropleth.dimmed.has('110000')).toBe(true); // Beijing is not in the west
    expect(choropleth.dimmed.has('620000')).toBe(false); // Gansu is
  });
});
