/**
 * Per-province and per-cell summaries of a brightness field sampled on the nightlight grid. Used
 * for the modeled proxy and for real VIIRS composites alike, so both come out in the same shape.
 */
import { gini } from './model';

export interface Sample {
  cell: number;
  province: string;
  /** km² the sample stands for (shrinks with latitude). */
  areaKm2: number;
}

interface GridSummary {
  /** cell id → mean brightness of its samples inside China */
  cells: Map<number, number>;
  /** province code → area-weighted mean brightness and total light (brightness × km²) */
  provinces: Map<string, { mean: number; total: number }>;
  gini_grid: number;
  gini_province: number;
}

export function summarise(samples: readonly Sample[], brightness: (i: number) => number): GridSummary {
  const cellSum = new Map<number, { s: number; n: number }>();
  const prov = new Map<string, { light: number; area: number }>();
  samples.forEach((smp, i) => {
    const b = brightness(i);
    const c = cellSum.get(smp.cell) ?? { s: 0, n: 0 };
    c.s += b;
    c.n += 1;
    cellSum.set(smp.cell, c);
    const p = prov.get(smp.province) ?? { light: 0, area: 0 };
    p.light += b * smp.areaKm2;
    p.area += smp.areaKm2;
    prov.set(smp.province, p);
  });
  const cells = new Map([...cellSum].map(([id, { s, n }]) => [id, s / n]));
  const provinces = new Map([...prov].map(([code, { light, area }]) => [code, { mean: light / area, total: light }]));
  return {
    cells,
    provinces,
    gini_grid: gini([...cells.values()]),
    gini_province: gini([...provinces.values()].map((p) => p.mean)),
  };
}

/** Rounds to 3 significant digits: the model does not know more. */
export const sig3 = (v: number) => (v === 0 ? 0 : Number(v.toPrecision(3)));
