/** One object with everything a view needs to speak a language: messages, names, labels, numbers. */
import { displayUnit, formatIndicatorValue, localeOf, rawUnit, type FormattedIndicator } from '../indicators/format';
import type { Indicator } from '../indicators/schema';
import { translate, type Lang, type MessageKey, type Vars } from './messages';

interface Named {
  name_en: string;
  name_zh: string;
}

export interface Localizer {
  lang: Lang;
  locale: string;
  t: (key: MessageKey, vars?: Vars) => string;
  /** A place's name in the language ("Hubei" / "湖北"). */
  name: (place: Named) => string;
  /** A place's name for headings: both names for English readers ("Hubei 湖北"), the Chinese one for Chinese readers. */
  fullName: (place: Named) => string;
  label: (indicator: Pick<Indicator, 'label_en' | 'label_zh'>) => string;
  /** The unit values are read in: "people" for a count published in 10,000 persons. */
  unit: (indicator: Pick<Indicator, 'unit_en' | 'unit_zh'>) => string;
  /** The unit as published ("10,000 persons"), for the sources' own terms. */
  rawUnit: (indicator: Pick<Indicator, 'unit_en' | 'unit_zh'>) => string;
  /** The number at its natural scale, no unit: "58.3 million", "5834万". */
  value: (value: number | null, indicator: FormattedIndicator) => string;
  /** "58.3 million people", "5834万人", "67.0%". */
  withUnit: (value: number | null, indicator: FormattedIndicator) => string;
  /** A chart axis tick: "58M", "5834万". */
  tick: (value: number, indicator: FormattedIndicator) => string;
  /** A span of values with the unit once: "3.65 million – 58.3 million people". */
  range: (low: number, high: number, indicator: FormattedIndicator) => string;
  number: (value: number) => string;
}

export const fullName = (p: Named, lang: Lang) => (lang === 'zh' ? p.name_zh : `${p.name_en} ${p.name_zh}`);

export function localizer(lang: Lang): Localizer {
  const zh = lang === 'zh';
  return {
    lang,
    locale: localeOf(lang),
    t: (key, vars) => translate(lang, key, vars),
    name: (p) => (zh ? p.name_zh : p.name_en),
    fullName: (p) => fullName(p, lang),
    label: (i) => (zh ? i.label_zh : i.label_en),
    unit: (i) => displayUnit(i, lang),
    rawUnit: (i) => rawUnit(i, lang),
    value: (v, i) => formatIndicatorValue(v, i, lang, 'value'),
    withUnit: (v, i) => formatIndicatorValue(v, i, lang, 'withUnit'),
    tick: (v, i) => formatIndicatorValue(v, i, lang, 'tick'),
    range: (lo, hi, i) => {
      const high = formatIndicatorValue(hi, i, lang, 'withUnit');
      return `${formatIndicatorValue(lo, i, lang, 'value')} – ${high}`;
    },
    number: (v) => v.toLocaleString(localeOf(lang)),
  };
}
