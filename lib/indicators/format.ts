/** Numbers as readers expect them: grouped thousands, the indicator's decimals, its unit. */
import type { Indicator } from './schema';

export function formatValue(value: number | null, indicator: Pick<Indicator, 'decimals'>, locale = 'en'): string {
  if (value === null) return 'no data';
  return value.toLocaleString(locale, { minimumFractionDigits: indicator.decimals, maximumFractionDigits: indicator.decimals });
}

export function formatWithUnit(value: number | null, indicator: Pick<Indicator, 'decimals' | 'unit_en'>, locale = 'en'): string {
  if (value === null) return 'no data';
  const unit = indicator.unit_en;
  return unit === '%' || unit.startsWith('% ') ? `${formatValue(value, indicator, locale)}${unit}` : `${formatValue(value, indicator, locale)} ${unit}`;
}
