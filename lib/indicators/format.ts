/**
 * Numbers as readers expect them in their language. The one place an indicator's value becomes
 * text: the panel, hover cards, legend, list, filters, charts and preview images all come here
 * (through lib/i18n/localize.ts). Downloads keep the raw value and unit.
 *
 * Statistical units with a multiplier read at their natural scale: "5,834 10,000 persons" is
 * "58.3 million people" (5834万人) and "59,644.3 100 million yuan" is "5.96 trillion yuan" (5.96万亿元).
 */
import { translate, type Lang } from '../i18n/messages';
import type { Indicator } from './schema';

const LOCALES: Record<Lang, string> = { en: 'en', zh: 'zh-CN' };
export const localeOf = (lang: Lang) => LOCALES[lang];

export type FormattedIndicator = Pick<Indicator, 'decimals' | 'unit_en' | 'unit_zh'>;

/** A unit that is a count of something else: its values are multiplied by `factor` to read as `en`/`zh`. */
interface ScaledUnit {
  factor: number;
  en: string;
  zh: string;
}

/** Keyed by the catalogue's unit_en (geo/sources/indicators.json). */
const SCALED_UNITS: Readonly<Record<string, ScaledUnit>> = {
  '10,000 persons': { factor: 1e4, en: 'people', zh: '人' },
  '100 million yuan': { factor: 1e8, en: 'yuan', zh: '元' },
};

/** Magnitude words, largest first: [size, in text, on a chart axis]. */
type Magnitude = readonly [size: number, long: string, short: string];
const MAGNITUDES: Record<Lang, readonly Magnitude[]> = {
  en: [
    [1e12, ' trillion', 'T'],
    [1e9, ' billion', 'B'],
    [1e6, ' million', 'M'],
  ],
  zh: [
    [1e12, '万亿', '万亿'],
    [1e8, '亿', '亿'],
    [1e4, '万', '万'],
  ],
};
/** Axis ticks are narrow: thousands get a letter too. */
const TICK_MAGNITUDES: Record<Lang, readonly Magnitude[]> = { en: [...MAGNITUDES.en, [1e3, ' thousand', 'K']], zh: MAGNITUDES.zh };

/**
 * - `value`: the number alone, at its natural scale ("58.3 million", "5834万"): legend classes, sliders.
 * - `withUnit`: with the unit ("58.3 million people", "5834万人", "67.0%"): panel, hover, list.
 * - `tick`: short, for chart axes ("58M", "5834万").
 */
export type NumberStyle = 'value' | 'withUnit' | 'tick';

/** The unit a value is read in: the counted thing for scaled units ("people", "人"), else the catalogue's unit. */
export function displayUnit(indicator: Pick<Indicator, 'unit_en' | 'unit_zh'>, lang: Lang): string {
  const scaled = SCALED_UNITS[indicator.unit_en];
  if (scaled) return scaled[lang];
  return lang === 'zh' ? indicator.unit_zh : indicator.unit_en;
}

/** The catalogue's own unit ("10,000 persons", "万人"), as the sources publish it and the downloads carry it. */
export const rawUnit = (indicator: Pick<Indicator, 'unit_en' | 'unit_zh'>, lang: Lang) => (lang === 'zh' ? indicator.unit_zh : indicator.unit_en);

const number = (v: number, lang: Lang, fractionDigits: { min: number; max: number }, grouping = true) =>
  // A negative value that rounds to zero reads "0", not "-0".
  (Math.abs(v) < 0.5 * 10 ** -fractionDigits.max ? 0 : v).toLocaleString(LOCALES[lang], {
    minimumFractionDigits: fractionDigits.min,
    maximumFractionDigits: fractionDigits.max,
    useGrouping: grouping,
  });

/** Three significant digits without rounding the whole part away: 58.34 → 58.3, 5.9644 → 5.96, 5834 → 5834. */
const significantDecimals = (n: number) => (n >= 100 ? 0 : n >= 10 ? 1 : 2);

const roundTo = (n: number, decimals: number) => Math.round(n * 10 ** decimals) / 10 ** decimals;

/** `quantity` in the largest magnitude it reaches once rounded (999.96 million → "1 billion"), or null below them all. */
function inMagnitude(
  quantity: number,
  magnitudes: readonly Magnitude[],
  decimalsFor: (n: number) => number,
): { n: number; decimals: number; magnitude: Magnitude } | null {
  const size = Math.abs(quantity);
  for (let i = magnitudes.length - 1; i >= 0; i--) {
    const magnitude = magnitudes[i];
    const bigger = magnitudes[i - 1];
    const n = size / magnitude[0];
    const decimals = decimalsFor(n);
    const rounded = roundTo(n, decimals);
    if (rounded < 1) return null;
    if (!bigger || rounded < bigger[0] / magnitude[0]) return { n: Math.sign(quantity) * n, decimals, magnitude };
  }
  return null;
}

const joinUnit = (text: string, unit: string, lang: Lang) => (lang === 'zh' || unit.startsWith('%') ? `${text}${unit}` : `${text} ${unit}`);

/** An indicator's value as text in the language, in one of the three styles; null (and NaN) read "no data". */
export function formatIndicatorValue(value: number | null, indicator: FormattedIndicator, lang: Lang = 'en', style: NumberStyle = 'withUnit'): string {
  if (value === null || !Number.isFinite(value)) return translate(lang, 'common.noData');
  const scaled = SCALED_UNITS[indicator.unit_en];
  const quantity = scaled ? value * scaled.factor : value;
  const tick = style === 'tick';
  let text: string;
  const big = inMagnitude(quantity, tick ? TICK_MAGNITUDES[lang] : MAGNITUDES[lang], tick ? () => 1 : significantDecimals);
  if (big && (scaled || tick)) {
    text = number(big.n, lang, { min: 0, max: big.decimals }, lang === 'en') + (tick ? big.magnitude[2] : big.magnitude[1]);
  } else if (scaled) {
    // Below a million people (en) or 10,000 (zh, written without a separator: 5000人): whole people, whole yuan.
    text = number(quantity, lang, { min: 0, max: 0 }, lang === 'en');
  } else {
    text = number(value, lang, tick ? { min: 0, max: Math.min(indicator.decimals, 1) } : { min: indicator.decimals, max: indicator.decimals });
  }
  return style === 'withUnit' ? joinUnit(text, displayUnit(indicator, lang), lang) : text;
}
