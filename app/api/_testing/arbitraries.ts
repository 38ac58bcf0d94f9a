/** fast-check generators for URL parameters: hostile strings and valid-looking near misses. */
import fc from 'fast-check';

/** Characters that matter to paths and decoders, to build strings denser in them than random text. */
const PATH_CHARS = [
  '%',
  '.',
  '/',
  '\\',
  '\0',
  '2',
  'e',
  'E',
  'f',
  'F',
  '5',
  'C',
  'c',
  '0',
  ',',
  '-',
  ' ',
  '?',
  '#',
  '&',
  '=',
  ':',
  '\u202e',
  '\uFEFF',
  '\uD800',
];

/** Any string: ASCII, all of Unicode (astral too), lone surrogates, path-ish noise, very long. */
export const anyString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: fc.constantFrom(...PATH_CHARS), maxLength: 40 }),
  fc.string({ unit: fc.constantFrom('%', '2', 'e', 'f', 'F', '5', 'c', '.', '/'), maxLength: 30 }),
  fc.tuple(fc.constantFrom('a', '%', '.', '/', '9', '湖'), fc.integer({ min: 1_000, max: 12_000 })).map(([c, n]) => c.repeat(n)),
);

/** A known value changed a little: case, padding, a suffix or prefix, an encoding. */
const nearMiss = (known: readonly string[]) =>
  fc
    .tuple(
      fc.constantFrom(...known),
      fc.constantFrom<(s: string) => string>(
        (s) => s,
        (s) => s.toUpperCase(),
        (s) => ` ${s}`,
        (s) => `${s}/`,
        (s) => `${s}\0`,
        (s) => `${s}%00`,
        (s) => `../${s}`,
        (s) => `${s}/../../package.json`,
        (s) => encodeURIComponent(s),
        (s) => s.slice(0, -1),
        (s) => `${s}${s}`,
      ),
    )
    .map(([s, change]) => change(s));

/** Anything, a known value, or a near miss of one. */
export const param = (known: readonly string[]) => fc.oneof(anyString, fc.constantFrom(...known), nearMiss(known));

/** Integers as a URL would carry them, plus the forms a number parser might accept and a strict one must not. */
export const integerish = (min: number, max: number) =>
  fc.oneof(
    fc.integer({ min, max }).map(String),
    fc.integer().map(String),
    fc.constantFrom('-1', '1.5', '01', '1e3', '0x10', ' 4', '4 ', '+4', 'NaN', 'Infinity', '9'.repeat(30), '٤', '４'),
    anyString,
  );

/** bbox strings: valid boxes, reversed or out-of-range ones, non-numbers and the wrong count. */
export const bbox = fc.oneof(
  fc
    .tuple(
      fc.double({ min: -180, max: 180, noNaN: true }),
      fc.double({ min: -90, max: 90, noNaN: true }),
      fc.double({ min: -180, max: 180, noNaN: true }),
      fc.double({ min: -90, max: 90, noNaN: true }),
    )
    .map((b) => b.join(',')),
  fc.array(fc.oneof(fc.double(), fc.integer().map(Number)), { maxLength: 6 }).map((b) => b.join(',')),
  fc.constantFrom('73,18,135,54', '73, 18, 135, 54', '135,54,73,18', '-181,0,0,1', '1,2,3', '1,2,3,4,5', ',,,', 'NaN,NaN,NaN,NaN', '1e2,1,2,3', '-0,-0,1,1'),
  anyString,
);
