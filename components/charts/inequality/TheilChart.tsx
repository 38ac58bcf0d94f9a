'use client';

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { InequalityYear } from '@/lib/inequality/report';
import type { Grouping } from '@/lib/inequality/describe';
import { measure } from '@/lib/inequality/describe';
import { useI18n } from '@/components/i18n/use-i18n';
import { legendText } from './legend-text';

/** Theil's T per year, stacked: between the groups (below) and within them (above); the stack's height is the total. */
export default function TheilChart({ years, grouping, label }: { years: readonly InequalityYear[]; grouping: Grouping; label: string }) {
  const l10n = useI18n();
  const { t } = l10n;
  const rows = years.map((y) => ({
    year: y.year,
    between: grouping === 'regions' ? y.theil.between_regions : y.theil.between_coastal,
    within: grouping === 'regions' ? y.theil.within_regions : y.theil.within_coastal,
  }));
  return (
    <figure className="chart gaps-chart" aria-label={label}>
      <ResponsiveContainer width="100%" height={220}>
        <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} accessibilityLayer>
          <CartesianGrid stroke="#eef1f4" vertical={false} />
          <XAxis dataKey="year" tick={{ fontSize: 11 }} />
          <YAxis tick={{ fontSize: 11 }} width={44} tickFormatter={(v: number) => measure(l10n, v, 2)} />
          <Tooltip formatter={(v) => measure(l10n, Number(v))} />
          <Legend wrapperStyle={{ fontSize: 12 }} formatter={legendText} />
          <Bar dataKey="between" name={t('gaps.between')} stackId="theil" fill="#2b6cb0" isAnimationActive={false} />
          <Bar dataKey="within" name={t('gaps.within')} stackId="theil" fill="#a9c4e3" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
