/**
 * Reads the values panel (GET /api/panel/v/<hash>): one cell, one place's series, one year across
 * places. The indicator API's one-year answer is made here too (panelIndicatorYear), on the server for
 * /api/indicators and in the browser once the panel has arrived, so the map reads the same values either way.
 */
import type { CatalogueIndicator, IndicatorValue, IndicatorYear, RegionObservation, ValuesPanel } from './api-types';
import type { RegionRef } from './regions';
import { versionSegment } from '../http/version-segment';

/** The panel's URL names its content: it never changes, so anyone may keep it for a year. */
export const panelUrl = (hash: string) => `/api/panel/${versionSegment(hash)}`;

export interface PanelCell {
  value: number;
  estimate: boolean;
  sources: readonly string[];
}

/** Cell → text index of one kind (estimate method, computed method, note), by indicator. */
type CellTexts = Map<string, Map<number, number>>;

/** Column lookup and the cells' texts, built once per panel. */
const indexes = new WeakMap<ValuesPanel, { column: Map<string, number>; estimates: CellTexts; computed: CellTexts; notes: CellTexts }>();

function indexOf(panel: ValuesPanel) {
  let index = indexes.get(panel);
  if (!index) {
    const cells = (kind: 'estimates' | 'computed' | 'notes'): CellTexts =>
      new Map(Object.entries(panel.indicators).map(([id, p]) => [id, new Map(p[kind].map(([y, c, t]) => [y * panel.places.length + c, t]))]));
    index = { column: new Map(panel.places.map((code, i) => [code, i])), estimates: cells('estimates'), computed: cells('computed'), notes: cells('notes') };
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

/**
 * One indicator in one year for every region, with the citations its values name: GET
 * /api/indicators/<id>?year= answers with exactly this (lib/server/indicator-store.ts).
 */
export function panelIndicatorYear(panel: ValuesPanel, indicator: CatalogueIndicator, regions: readonly RegionRef[], year: number): IndicatorYear {
  const { estimates, computed, notes } = indexOf(panel);
  const text = (kind: CellTexts, code: string) => {
    const c = indexOf(panel).column.get(code);
    const p = panel.indicators[indicator.id];
    const t = p && c !== undefined ? kind.get(indicator.id)?.get((year - p.years[0]) * panel.places.length + c) : undefined;
    return t === undefined ? undefined : panel.texts[t];
  };
  const values = regions.map((region): IndicatorValue => {
    const cell = panelCell(panel, indicator.id, region.code, year);
    const [note, method, estimate] = cell ? [text(notes, region.code), text(computed, region.code), text(estimates, region.code)] : [];
    return {
      code: region.code,
      name_en: region.name_en,
      name_zh: region.name_zh,
      kind: region.kind,
      value: cell?.value ?? null,
      sources: cell ? [...cell.sources] : [],
      ...(note !== undefined ? { note } : {}),
      ...(method !== undefined ? { computed: { method } } : {}),
      ...(estimate !== undefined ? { estimate: { method: estimate } } : {}),
    };
  });
  const cited = [...new Set(values.flatMap((v) => v.sources))].sort();
  return { indicator, year, values, sources: Object.fromEntries(cited.map((id) => [id, panel.citations[id]])) };
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
