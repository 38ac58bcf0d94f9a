/** Reads the values panel (GET /api/panel): one cell, one place's series, one year across places. */

export const PANEL_URL = '/api/panel';
import type { RegionObservation, ValuesPanel } from './api-types';

export interface PanelCell {
  value: number;
  estimate: boolean;
  sources: readonly string[];
}

/** Column lookup and estimate lookup, built once per panel. */
const indexes = new WeakMap<ValuesPanel, { column: Map<string, number>; estimates: Map<string, Set<number>> }>();

function indexOf(panel: ValuesPanel) {
  let index = indexes.get(panel);
  if (!index) {
    const estimates = new Map<string, Set<number>>();
    for (const [id, p] of Object.entries(panel.indicators)) estimates.set(id, new Set(p.estimates.map(([y, c]) => y * panel.places.length + c)));
    index = { column: new Map(panel.places.map((code, i) => [code, i])), estimates };
    indexes.set(panel, index);
  }
  return index;
}

/** The value of an indicator for a place in a year, or null for a gap (or an unknown id, place or year). */
export function panelCell(panel: ValuesPanel, indicator: string, code: string, year: number): PanelCell | null {
  const p = panel.indicators[indicator];
  const { column, estimates } = indexOf(panel);
  const c = column.get(code);
  const y = p ? year - p.years[0] : -1;
  if (!p || c === undefined || y < 0 || y >= p.years.length) return null;
  const value = p.values[y][c];
  if (value === null) return null;
  return { value, estimate: estimates.get(indicator)!.has(y * panel.places.length + c), sources: p.source_sets[p.sources[y][c]] ?? [] };
}

/** The years an indicator spans in the panel. */
export const panelYears = (panel: ValuesPanel, indicator: string): readonly number[] => panel.indicators[indicator]?.years ?? [];

/** A place's observations between two years (inclusive), in the API's observation shape; gaps are left out. */
export function panelSeries(panel: ValuesPanel, indicator: string, code: string, from = -Infinity, to = Infinity): RegionObservation[] {
  return panelYears(panel, indicator)
    .filter((year) => year >= from && year <= to)
    .flatMap((year) => {
      const cell = panelCell(panel, indicator, code, year);
      if (!cell) return [];
      return [{ year, value: cell.value, sources: [...cell.sources], ...(cell.estimate ? { estimate: { method: 'estimate' } } : {}) }];
    });
}

/** The latest year at or before `year` in which any of `codes` has a value (census-only indicators skip years), else the earliest after it. */
export function yearWithValues(panel: ValuesPanel, indicator: string, codes: readonly string[], year: number): number | null {
  const has = (y: number) => codes.some((code) => panelCell(panel, indicator, code, y) !== null);
  const years = panelYears(panel, indicator);
  const before = years.filter((y) => y <= year && has(y)).at(-1);
  return before ?? years.find((y) => y > year && has(y)) ?? null;
}
