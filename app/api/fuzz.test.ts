/**
 * Property tests for every route parameter: whatever a client puts in a segment or the query, the
 * answer is never a 5xx, a success has the route's content type, and an error is a JSON 400/404
 * whose message names the parameter that was wrong and carries no stack trace or server path.
 * One parameter varies at a time (the others stay valid), so "names what was wrong" is checkable;
 * a last property varies all of them together.
 */
import fc, { type Arbitrary } from 'fast-check';
import { describe, it } from 'vitest';
import { LAYERS } from '@/lib/layers/registry';
import { REGIONS } from '@/lib/indicators/regions';
import { dataset } from '@/lib/server/indicator-store';
import { apiRoute, API_ROUTES, callRoute } from '@/app/api/_testing/api-routes';
import { anyString, bbox, integerish, param } from '@/app/api/_testing/arbitraries';
import { expectSafeResponse } from '@/app/api/_testing/safe-response';
import { FONT_STACKS } from '@/lib/tiles/glyph-fonts';
import { TILESETS } from '@/lib/tiles/tilesets';

const RUNS = { numRuns: 150 };

const INDICATOR_IDS = dataset().indicators.map((i) => i.id);
const LAYER_IDS = LAYERS.map((l) => l.id);
const TILESET_IDS = Object.keys(TILESETS);
const FONT_STACK_NAMES = [...Object.keys(FONT_STACKS), 'Noto Sans Regular,Arial Unicode MS Regular'];
const REGION_CODES = REGIONS.map((r) => r.code);
const TILE_XYZ = /\b[zxy]\b/;

const glyphRange = fc.oneof(
  fc.integer({ min: 0, max: 300 }).map((n) => `${n * 256}-${n * 256 + 255}`),
  fc.tuple(integerish(0, 70_000), integerish(0, 70_000)).map(([a, b]) => `${a}-${b}`),
  fc.integer({ min: 0, max: 255 }).map((n) => `${n * 256}-${n * 256 + 255}.pbf`),
  anyString,
);

interface Case {
  route: string;
  /** The path segment or query parameter that varies. */
  segment?: string;
  query?: string;
  arb: Arbitrary<string>;
  /** What an error message about it must mention. */
  names: RegExp;
  /** Other segments, when the route's default valid ones would not exercise this parameter. */
  fixed?: Record<string, string>;
}

const CASES: Case[] = [
  { route: '/api/indicators/{id}', segment: 'id', arb: param(INDICATOR_IDS), names: /indicator/i },
  { route: '/api/indicators/{id}', query: 'year', arb: integerish(1980, 2035), names: /\byear\b/ },
  { route: '/api/indicators/{id}', query: 'format', arb: param(['json', 'csv', 'geojson']), names: /\bformat\b/ },
  { route: '/api/layers/{id}', segment: 'id', arb: param(LAYER_IDS), names: /layer/i },
  // Small layers: each new valid box prepares (compresses) a fresh body, which is slow for big ones.
  { route: '/api/layers/{id}', query: 'bbox', arb: bbox, names: /\bbbox\b/ },
  { route: '/api/layers/{id}', query: 'year', arb: integerish(1980, 2035), names: /\byear\b/, fixed: { id: 'rail-hubs' } },
  { route: '/api/layers/{id}', query: 'year', arb: integerish(1980, 2035), names: /\byear\b/ },
  { route: '/api/tiles/{tileset}', segment: 'tileset', arb: param(TILESET_IDS), names: /tileset/i },
  { route: '/api/tiles/{tileset}/{z}/{x}/{y}', segment: 'tileset', arb: param(TILESET_IDS), names: /tileset/i },
  { route: '/api/tiles/{tileset}/{z}/{x}/{y}', segment: 'z', arb: integerish(0, 12), names: TILE_XYZ },
  { route: '/api/tiles/{tileset}/{z}/{x}/{y}', segment: 'x', arb: integerish(0, 20), names: TILE_XYZ },
  { route: '/api/tiles/{tileset}/{z}/{x}/{y}', segment: 'y', arb: integerish(0, 20), names: TILE_XYZ },
  { route: '/api/tiles/{tileset}/{z}/{x}/{y}', segment: 'y', arb: integerish(0, 40), names: TILE_XYZ, fixed: { tileset: 'nightlights', z: '5', x: '26' } },
  { route: '/api/glyphs/{fontstack}/{range}', segment: 'fontstack', arb: param(FONT_STACK_NAMES), names: /font stack/i },
  { route: '/api/glyphs/{fontstack}/{range}', segment: 'range', arb: glyphRange, names: /glyph range/i },
  { route: '/api/regions/{code}', segment: 'code', arb: param(REGION_CODES), names: /region/i },
  { route: '/api/convergence', query: 'indicator', arb: param(INDICATOR_IDS), names: /indicator|is a total/i },
  { route: '/api/convergence', query: 'from', arb: integerish(1980, 2035), names: /\bfrom\b/ },
  { route: '/api/convergence', query: 'to', arb: integerish(1980, 2035), names: /\bto\b/ },
  { route: '/api/convergence', query: 'format', arb: param(['json', 'csv']), names: /\bformat\b/ },
  { route: '/api/preview', query: 'indicator', arb: param(INDICATOR_IDS), names: /\bindicator=/ },
  { route: '/api/preview', query: 'region', arb: param([...REGION_CODES, 'cluster:chengdu-chongqing', 'hub:wuhan']), names: /\bregion=/ },
  {
    route: '/api/preview',
    query: 'range',
    arb: fc.oneof(
      anyString,
      fc.tuple(integerish(-10, 9e5), integerish(-10, 9e5)).map(([a, b]) => `${a}..${b}`),
    ),
    names: /\brange=/,
  },
  { route: '/api/preview', query: 'lang', arb: param(['en', 'zh']), names: /\blang=/ },
  { route: '/api/preview', query: 'change', arb: param(['pct', 'abs', 'cagr']), names: /\bchange=/ },
];

describe('every route parameter, fuzzed', () => {
  it.each(CASES.map((c) => [`${c.route} ${c.segment ?? `?${c.query}`}${c.fixed ? ` (${Object.values(c.fixed).join('/')})` : ''}`, c] as const))(
    '%s',
    async (_, c) => {
      const route = apiRoute(c.route);
      await fc.assert(
        fc.asyncProperty(c.arb, async (value) => {
          const res = await callRoute(route, { ...c.fixed, ...(c.segment ? { [c.segment]: value } : {}) }, c.query ? { [c.query]: value } : {});
          await expectSafeResponse(res, { okType: route.okType, names: c.names, echoed: [value] });
        }),
        RUNS,
      );
    },
  );

  it.each(API_ROUTES.map((r) => [r.path, r] as const))('%s with every parameter arbitrary at once', async (_, route) => {
    const segments = Object.keys(route.valid);
    const queries = ['year', 'format', 'bbox', 'indicator', 'region', 'lang', 'from', 'to'];
    await fc.assert(
      fc.asyncProperty(
        fc.array(anyString, { minLength: segments.length, maxLength: segments.length }),
        fc.dictionary(fc.constantFrom(...queries), anyString),
        async (values, query) => {
          const res = await callRoute(route, Object.fromEntries(segments.map((s, i) => [s, values[i]])), query);
          await expectSafeResponse(res, { okType: route.okType, names: /\S/, echoed: values.concat(Object.values(query)) });
        },
      ),
      RUNS,
    );
  });
});
