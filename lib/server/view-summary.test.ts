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

  it('draws the change map from both years: each province’s change, centred on China’s, titled and noted', async () => {
    const { dataset } = await import('./indicator-store');
    const series = dataset().series.gdp_per_capita;
    const value = (code: string, year: number) => series[code].find((o) => o.year === year)!.value;
    const view = summarizeView({ ...DEFAULT_STATE, indicator: 'gdp_per_capita', year: 2024, from: 2005, change: 'pct' });
    expect(view.title).toBe('Change in GDP per capita, 2005–2024');
    expect(view.pageTitle).toBe('Change in GDP per capita, 2005–2024');
    const hubei = (value('420000', 2024) / value('420000', 2005) - 1) * 100;
    expect(view.choropleth.values.get('420000')).toBeCloseTo(hubei, 10);
    const china = (value('100000', 2024) / value('100000', 2005) - 1) * 100;
    expect(view.choropleth.change).toMatchObject({ kind: 'pct', from: 2005, to: 2024, national: true, missing: 0 });
    expect(view.choropleth.change!.centre).toBeCloseTo(china, 10);
    expect(view.choropleth.bins!.breaks).toContain(view.choropleth.change!.centre);
    expect(view.change).toEqual({ unit: '% change', note: expect.stringMatching(/^Colours diverge from China’s own change \(\+\d+%\)/) });
    // 2005 values are estimates for every province: the image says so.
    expect(view.estimated).toBe(31);
  });

  it('moves a start year without data to the nearest one before the end year', () => {
    const view = summarizeView({ ...DEFAULT_STATE, indicator: 'tertiary_education', year: 2020, from: 2012, change: 'abs' });
    expect(view.choropleth.change).toMatchObject({ from: 2010, to: 2020, kind: 'abs' });
  });
});
