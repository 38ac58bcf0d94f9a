/** One object with everything a view needs to speak a language: messages, names, labels, numbers. */
import { formatValue, formatWithUnit, unitOf, localeOf } from '../indicators/format';
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
  unit: (indicator: Pick<Indicator, 'unit_en' | 'unit_zh'>) => string;
  value: (value: number | null, indicator: Pick<Indicator, 'decimals'>) => string;
  withUnit: (value: number | null, indicator: Pick<Indicator, 'decimals' | 'unit_en' | 'unit_zh'>) => string;
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
    unit: (i) => unitOf(i, lang),
    value: (v, i) => formatValue(v, i, lang),
    withUnit: (v, i) => formatWithUnit(v, i, lang),
    number: (v) => v.toLocaleString(localeOf(lang)),
  };
}
