/** For tests: the colour a fill expression gives a province whose `value` feature-state is `v`, as MapLibre computes it. */
import { expression } from '@maplibre/maplibre-gl-style-spec';

export function evaluateFill(expr: unknown, v: unknown): string {
  const compiled = expression.createExpression(expr, {
    type: 'color',
    'property-type': 'data-driven',
    expression: { interpolated: false, parameters: ['zoom', 'feature', 'feature-state'] },
  } as never);
  if (compiled.result !== 'success') throw new Error(JSON.stringify(compiled.value));
  const color = compiled.value.evaluate({ zoom: 4 }, { type: 'Polygon', properties: {} } as never, { value: v } as never) as { toString(): string };
  return color.toString();
}
