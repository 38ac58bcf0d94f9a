/**
 * The scatter view's bubbles: one per province, at (x, y) for a year, sized by a third indicator,
 * coloured by economic region; trails for chosen places; an optional least-squares line.
 */
import type { ValuesPanel } from '../indicators/api-types';
import { panelCell, panelYears, yearWithValues } from '../indicators/panel';
import { PROVINCES, type EconomicRegion } from '../regions/provinces';
import type { LogAxis } from '../url/view-state';
import { leastSquares, type LeastSquaresFit } from './least-squares';

export interface ScatterPoint {
  code: string;
  region: EconomicRegion;
  x: number;
  y: number;
  size: number | null;
  estimate: boolean;
}

export interface AxisYears {
  x: number | null;
  y: number | null;
  size: number | null;
}

export interface ScatterData {
  points: ScatterPoint[];
  /** The year each axis shows: for a census-only indicator, the latest census at or before the year. */
  years: AxisYears;
  /** Provinces left out for a missing value (or a non-positive one on a log axis). */
  missing: string[];
}

const PROVINCE_CODES = PROVINCES.map((p) => p.code);

export interface ScatterAxes {
  x: string;
  y: string;
  size: string | null;
  log: readonly LogAxis[];
}

export function scatterData(panel: ValuesPanel, axes: ScatterAxes, year: number): ScatterData {
  const yearOf = (indicator: string | null) => (indicator ? yearWithValues(panel, indicator, PROVINCE_CODES, year) : null);
  const years: AxisYears = { x: yearOf(axes.x), y: yearOf(axes.y), size: yearOf(axes.size) };
  const points: ScatterPoint[] = [];
  const missing: string[] = [];
  for (const p of PROVINCES) {
    const x = years.x === null ? null : panelCell(panel, axes.x, p.code, years.x);
    const y = years.y === null ? null : panelCell(panel, axes.y, p.code, years.y);
    const size = axes.size && years.size !== null ? panelCell(panel, axes.size, p.code, years.size) : null;
    const fitsLog = (axis: LogAxis, v: number) => !axes.log.includes(axis) || v > 0;
    if (!x || !y || !fitsLog('x', x.value) || !fitsLog('y', y.value)) {
      missing.push(p.code);
      continue;
    }
    points.push({ code: p.code, region: p.region, x: x.value, y: y.value, size: size?.value ?? null, estimate: x.estimate || y.estimate });
  }
  return { points, years, missing };
}

/** A place's path through the scatter: its point in each year from `from` to `year` where both axes have a value in that very year. */
export function scatterTrail(panel: ValuesPanel, axes: ScatterAxes, code: string, from: number, year: number): { year: number; x: number; y: number }[] {
  return panelYears(panel, axes.x).flatMap((y) => {
    if (y < from || y > year) return [];
    const [px, py] = [panelCell(panel, axes.x, code, y), panelCell(panel, axes.y, code, y)];
    return px && py ? [{ year: y, x: px.value, y: py.value }] : [];
  });
}

export interface ScatterFit extends LeastSquaresFit {
  /** The axes fitted on log10 values (a log axis shows the line straight). */
  logX: boolean;
  logY: boolean;
  /** Two ends of the line in data units, across the points' x range, for drawing. */
  ends: [{ x: number; y: number }, { x: number; y: number }];
}

export function scatterFit(points: readonly ScatterPoint[], log: readonly LogAxis[]): ScatterFit | null {
  const [logX, logY] = [log.includes('x'), log.includes('y')];
  const tx = (v: number) => (logX ? Math.log10(v) : v);
  const ty = (v: number) => (logY ? Math.log10(v) : v);
  const fit = leastSquares(points.map((p) => [tx(p.x), ty(p.y)] as const));
  if (!fit) return null;
  const xs = points.map((p) => p.x);
  const end = (x: number) => {
    const fitted = fit.intercept + fit.slope * tx(x);
    return { x, y: logY ? 10 ** fitted : fitted };
  };
  return { ...fit, logX, logY, ends: [end(Math.min(...xs)), end(Math.max(...xs))] };
}

export interface Axis {
  domain: [number, number];
  ticks: number[];
}

/**
 * An axis that holds every value given: on a linear axis, round ends and ticks of 1, 2 or 5 times a
 * power of ten (at most about 8); on a log axis (which cannot reach zero) padded by a factor, with logTicks.
 */
export function axisFor(values: readonly number[], log: boolean): Axis | null {
  const finite = values.filter((v) => Number.isFinite(v) && (!log || v > 0));
  if (finite.length === 0) return null;
  const [min, max] = [Math.min(...finite), Math.max(...finite)];
  if (log) {
    const domain: [number, number] = [min / 1.15, max * 1.15];
    return { domain, ticks: logTicks(domain) };
  }
  const span = max - min || Math.abs(max) || 1;
  const power = 10 ** Math.floor(Math.log10(span / 6));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => span / s <= 7)!;
  const lo = Math.floor(min / step) * step;
  const hi = Math.max(Math.ceil(max / step) * step, lo + step);
  const ticks = Array.from({ length: Math.round((hi - lo) / step) + 1 }, (_, i) => Number((lo + i * step).toPrecision(12)));
  return { domain: [lo, hi], ticks };
}

/** Ticks for a log axis: 1, 2 and 5 times the powers of ten inside the domain (only the powers when that gives too many). */
export function logTicks([min, max]: readonly [number, number]): number[] {
  const ticks: number[] = [];
  for (let p = Math.floor(Math.log10(min)); p <= Math.ceil(Math.log10(max)); p++) {
    for (const m of [1, 2, 5]) {
      const v = m * 10 ** p;
      if (v >= min && v <= max) ticks.push(Number(v.toPrecision(12)));
    }
  }
  return ticks.length > 9 ? ticks.filter((v) => Number.isInteger(Math.log10(v))) : ticks;
}
