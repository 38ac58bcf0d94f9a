'use client';

import { useId, useRef } from 'react';
import { useI18n } from '@/components/i18n/use-i18n';
import { useEarlyInput } from './use-early-input';

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
  return (
    <div className="year-range">
      <YearSelect label={t('views.from')} years={years.filter((y) => y < to)} value={from} onChange={onFrom} />
      <YearSelect label={t('views.to')} years={years.filter((y) => y > from)} value={to} onChange={onTo} />
    </div>
  );
}

function YearSelect({ label, years, value, onChange }: { label: string; years: readonly number[]; value: number; onChange: (y: number) => void }) {
  const id = useId();
  const field = useRef<HTMLSelectElement>(null);
  useEarlyInput(field, (y) => onChange(Number(y)));
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <select ref={field} id={id} value={value} autoComplete="off" onChange={(e) => onChange(Number(e.target.value))}>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </>
  );
}
