/** A gently curved line between two points, so that several pairs from one place stay apart. */
import type { Position } from 'geojson';

/**
 * Quadratic Bézier from `a` to `b` in lng/lat, its control point pushed sideways by `bend` times
 * the chord length (positive bends to the left of the direction of travel).
 */
export function curvedLine(a: [number, number], b: [number, number], bend = 0.18, segments = 32): Position[] {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const control = [(a[0] + b[0]) / 2 - dy * bend, (a[1] + b[1]) / 2 + dx * bend];
  const out: Position[] = [];
  for (let i = 0; i <= segments; i++) {
    const t = i / segments;
    const u = 1 - t;
    const x = u * u * a[0] + 2 * u * t * control[0] + t * t * b[0];
    const y = u * u * a[1] + 2 * u * t * control[1] + t * t * b[1];
    out.push([Math.round(x * 1e5) / 1e5, Math.round(y * 1e5) / 1e5]);
  }
  return out;
}
