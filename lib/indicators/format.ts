/** Numbers as readers expect them in their language: grouped thousands, the indicator's decimals, its unit. */
import { translate, type Lang } from '../i18n/messages';
import type { Indicator } from './schema';

const LOCALES: Record<Lang, string> = { en: 'en', zh: 'zh-CN' };
export const localeOf = (lang: Lang) => LOCALES[lang];

export function formatValue(value: number | null, indicator: Pick<Indicator, 'decimals'>, lang: Lang = 'en'): string {
  if (value === null) return translate(lang, 'common.noData');
  return value.toLocaleString(LOCALES[lang], { minimumFractionDigits: indicator.decimals, maximumFractionDigits: indicator.decimals });
}

export const unitOf = (indicator: Pick<Indicator, 'unit_en' | 'unit_zh'>, lang: Lang) => (lang === 'zh' ? indicator.unit_zh : indicator.unit_en);

export function formatWithUnit(value: number | null, indicator: Pick<Indicator, 'decimals' | 'unit_en' | 'unit_zh'>, lang: Lang = 'en'): string {
  if (value === null) return translate(lang, 'common.noData');
  const unit = unitOf(indicator, lang);
  return unit.startsWith('%') ? `${formatValue(value, indicator, lang)}${unit}` : `${formatValue(value, indicator, lang)} ${unit}`;
}
