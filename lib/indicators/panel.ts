/**
 * Reads the values panel (GET /api/panel/v/<hash>): one cell, one place's series, one year across
 * places. The indicator API's one-year answer (panelIndicatorYear) and a place's series with its ranks
 * (panelRegionSeries) are made here too: on the server for /api/indicators and /api/regions, and in the
 * browser once the panel has arrived, so the map and the panels read the same values either way.
 */
import type { CatalogueIndicator, IndicatorValue, IndicatorYear, RankPoint, RegionObservation, RegionSeries, ValuesPanel } from './api-types';
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

/** A cell as the API's observation: its value, sources and, where it has them, its note, computed method and estimate method. */
export function panelObservation(panel: ValuesPanel, indicator: string, code: string, year: number): RegionObservation | null {
  const cell = panelCell(panel, indicator, code, year);
  if (!cell) return null;
  const { column, estimates, computed, notes } = indexOf(panel);
  const at = (year - panel.indicators[indicator].years[0]) * panel.places.length + column.get(code)!;
  const text = (kind: CellTexts) => {
    const t = kind.get(indicator)?.get(at);
    return t === undefined ? undefined : panel.texts[t];
  };
  const [note, method, estimate] = [text(notes), text(computed), text(estimates)];
  return {
    year,
    value: cell.value,
    sources: [...cell.sources],
    ...(note !== undefined ? { note } : {}),
    ...(method !== undefined ? { computed: { method } } : {}),
    ...(estimate !== undefined ? { estimate: { method: estimate } } : {}),
  };
}

/** The citations a set of observations names, by id in id order. */
const citationsOf = (panel: ValuesPanel, observations: readonly RegionObservation[]) =>
  Object.fromEntries([...new Set(observations.flatMap((o) => o.sources))].sort().map((id) => [id, panel.citations[id]]));

/**
 * One indicator in one year for every region, with the citations its values name: GET
 * /api/indicators/<id>?year= answers with exactly this (lib/server/indicator-store.ts).
 */
export function panelIndicatorYear(panel: ValuesPanel, indicator: CatalogueIndicator, regions: readonly RegionRef[], year: number): IndicatorYear {
  const observations = regions.map((region) => panelObservation(panel, indicator.id, region.code, year));
  const values = regions.map((region, k): IndicatorValue => {
    const { year: _year, value, sources, ...texts } = observations[k] ?? { year, value: null, sources: [] };
    return { code: region.code, name_en: region.name_en, name_zh: region.name_zh, kind: region.kind, value, sources, ...texts };
  });
  return {
    indicator,
    year,
    values,
    sources: citationsOf(
      panel,
      observations.filter((o) => o !== null),
    ),
  };
}

/**
 * A province's rank (1 = highest) among `provinces` with a value, for each year it has one; marked
 * `estimate` when any value ranked that year is an estimate.
 */
export function panelRanks(panel: ValuesPanel, indicator: string, code: string, provinces: readonly string[]): RankPoint[] {
  return panelSeries(panel, indicator, code).map(({ year, value }) => {
    const ranked = provinces.map((p) => panelCell(panel, indicator, p, year)).filter((c): c is PanelCell => c !== null);
    const rank = { year, rank: 1 + ranked.filter((c) => c.value > value).length, of: ranked.length };
    return ranked.some((c) => c.estimate) ? { ...rank, estimate: true as const } : rank;
  });
}

/**
 * Every indicator's series for a place (a province, a group or China), its ranks among the provinces
 * if it is one, and the citations they name: GET /api/regions/<code> answers with exactly this.
 */
export function panelRegionSeries(panel: ValuesPanel, indicators: readonly string[], regions: readonly RegionRef[], region: RegionRef): RegionSeries {
  const series = Object.fromEntries(indicators.map((id) => [id, panelSeries(panel, id, region.code)]));
  const provinces = regions.filter((r) => r.kind === 'province').map((r) => r.code);
  const ranks = region.kind === 'province' ? Object.fromEntries(indicators.map((id) => [id, panelRanks(panel, id, region.code, provinces)])) : undefined;
  return { ...region, series, ...(ranks ? { ranks } : {}), sources: citationsOf(panel, Object.values(series).flat()) };
}

/** The years an indicator spans in the panel. */
export const panelYears = (panel: ValuesPanel, indicator: string): readonly number[] => panel.indicators[indicator]?.years ?? [];

/** A place's observations between two years (inclusive), in the API's observation shape; gaps are left out. */
export function panelSeries(panel: ValuesPanel, indicator: string, code: string, from = -Infinity, to = Infinity): RegionObservation[] {
  return panelYears(panel, indicator)
    .filter((year) => year >= from && year <= to)
    .flatMap((year) => panelObservation(panel, indicator, code, year) ?? []);
}

/** The latest year at or before `year` in which any of `codes` has a value (census-only indicators skip years), else the earliest after it. */
export function yearWithValues(panel: ValuesPanel, indicator: string, codes: readonly string[], year: number): number | null {
  const has = (y: number) => codes.some((code) => panelCell(panel, indicator, code, y) !== null);
  const years = panelYears(panel, indicator);
  const before = years.filter((y) => y <= year && has(y)).at(-1);
  return before ?? years.find((y) => y > year && has(y)) ?? null;
}
