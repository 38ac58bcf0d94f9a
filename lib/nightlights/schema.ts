/** The nightlight build's output (geo/build/nightlights.json), shared by the server and the VIIRS script. */
export interface NightlightGrid {
  kind: 'modeled' | 'viirs';
  method: string;
  cellDeg: number;
  years: number[];
  /** One entry per cell with any sample inside China; values[i] is the brightness in years[i]. */
  cells: Array<{ id: number; province: string; values: number[] }>;
  /** province code → mean brightness and light per resident, per year (null where population is missing) */
  provinces: Record<string, { mean: number[]; per_capita: Array<number | null> }>;
  inequality: Array<{ year: number; gini_grid: number; gini_province: number }>;
}
