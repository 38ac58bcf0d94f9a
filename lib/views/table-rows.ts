/**
 * The table view's rows: each place's value at the start and end year, the change between them, and
 * each province's rank in both years. Pure, so the numbers are tested against hand-computed fixtures.
 */
import type { ValuesPanel } from '../indicators/api-types';
import type { RegionRef } from '../indicators/regions';
import { panelCell, yearWithValues, type PanelCell } from '../indicators/panel';
import { ranks } from '../choropleth/rank';
import { change, type Change } from './change';

export interface TableRow {
  region: RegionRef;
  start: PanelCell | null;
  end: PanelCell | null;
  change: Change | null;
  /** Ranks among the provinces (1 = highest); groups and China are not ranked. */
  rankStart: number | null;
  rankEnd: number | null;
  /** Places moved up (positive) or down (negative) between the two years. */
  rankChange: number | null;
}

export interface TableData {
  /** The years the columns show: for a census-only indicator, the census years at or before the asked ones. */
  startYear: number | null;
  endYear: number | null;
  rows: TableRow[];
}

export function tableData(panel: ValuesPanel, indicator: string, regions: readonly RegionRef[], from: number, to: number): TableData {
  const provinces = regions.filter((r) => r.kind === 'province').map((r) => r.code);
  const endYear = yearWithValues(panel, indicator, provinces, to);
  const startCandidate = yearWithValues(panel, indicator, provinces, from);
  const startYear = startCandidate !== null && endYear !== null && startCandidate < endYear ? startCandidate : null;
  const rankIn = (year: number | null) =>
    year === null ? new Map<string, number>() : ranks(new Map(provinces.map((code) => [code, panelCell(panel, indicator, code, year)?.value ?? null])));
  const [ranksStart, ranksEnd] = [rankIn(startYear), rankIn(endYear)];
  const rows = regions.map((region): TableRow => {
    const start = startYear === null ? null : panelCell(panel, indicator, region.code, startYear);
    const end = endYear === null ? null : panelCell(panel, indicator, region.code, endYear);
    const rankStart = ranksStart.get(region.code) ?? null;
    const rankEnd = ranksEnd.get(region.code) ?? null;
    return {
      region,
      start,
      end,
      change: start && end ? change(start.value, end.value, endYear! - startYear!) : null,
      rankStart,
      rankEnd,
      rankChange: rankStart !== null && rankEnd !== null ? rankStart - rankEnd : null,
    };
  });
  return { startYear, endYear, rows };
}

export const TABLE_SORT_KEYS = ['name', 'start', 'end', 'abs', 'pct', 'cagr', 'rankStart', 'rankEnd', 'rankChange'] as const;
export type TableSortKey = (typeof TABLE_SORT_KEYS)[number];

function sortValue(row: TableRow, key: Exclude<TableSortKey, 'name'>): number | null {
  switch (key) {
    case 'start':
      return row.start?.value ?? null;
    case 'end':
      return row.end?.value ?? null;
    case 'abs':
    case 'pct':
    case 'cagr':
      return row.change?.[key] ?? null;
    default:
      return row[key];
  }
}

/** Sorted by a column; rows without a value sort last either way, ties keep the given order. */
export function sortTableRows(rows: readonly TableRow[], key: TableSortKey, descending: boolean, nameOf: (r: RegionRef) => string, locale: string): TableRow[] {
  const direction = descending ? -1 : 1;
  if (key === 'name') return [...rows].sort((a, b) => direction * nameOf(a.region).localeCompare(nameOf(b.region), locale));
  return [...rows].sort((a, b) => {
    const [va, vb] = [sortValue(a, key), sortValue(b, key)];
    if (va === null || vb === null) return va === vb ? 0 : va === null ? 1 : -1;
    return direction * (va - vb);
  });
}
