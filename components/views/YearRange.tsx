'use client';

import { useId } from 'react';
import { useI18n } from '@/components/i18n/use-i18n';

/** From and to selects over the years an indicator has: the range of the chart and the table's change columns. */
export function YearRange({
  years,
  from,
  to,
  onFrom,
  onTo,
}: {
  years: readonly number[];
  from: number;
  to: number;
  onFrom: (y: number) => void;
  onTo: (y: number) => void;
}) {
  const { t } = useI18n();
  const ids = { from: useId(), to: useId() };
  return (
    <div className="year-range">
      <label htmlFor={ids.from}>{t('views.from')}</label>
      <select id={ids.from} value={from} onChange={(e) => onFrom(Number(e.target.value))}>
        {years
          .filter((y) => y < to)
          .map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
      </select>
      <label htmlFor={ids.to}>{t('views.to')}</label>
      <select id={ids.to} value={to} onChange={(e) => onTo(Number(e.target.value))}>
        {years
          .filter((y) => y > from)
          .map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
      </select>
    </div>
  );
}
