'use client';

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { InequalityYear } from '@/lib/inequality/report';
import { useI18n } from '@/components/i18n/use-i18n';
import { legendText } from './legend-text';
import { measure } from '@/lib/inequality/describe';

/** Sigma convergence drawn: the population-weighted CV and Gini per measured year. */
export default function DispersionChart({ years, label }: { years: readonly InequalityYear[]; label: string }) {
  const l10n = useI18n();
  const { t } = l10n;
  const rows = years.map((y) => ({ year: y.year, cv: y.cv_weighted, gini: y.gini }));
  return (
    <figure className="chart gaps-chart" aria-label={label}>
      <ResponsiveContainer width="100%" height={220}>
        <LineChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} accessibilityLayer>
          <CartesianGrid stroke="#eef1f4" />
          <XAxis dataKey="year" type="number" domain={['dataMin', 'dataMax']} allowDecimals={false} tick={{ fontSize: 11 }} />
          <YAxis domain={[0, 'auto']} tick={{ fontSize: 11 }} width={40} tickFormatter={(v: number) => measure(l10n, v, 2)} />
          <Tooltip formatter={(v) => measure(l10n, Number(v))} labelFormatter={(y) => String(y)} />
          <Legend wrapperStyle={{ fontSize: 12 }} formatter={legendText} />
          <Line dataKey="cv" name={t('gaps.cv')} stroke="#c2410c" strokeWidth={2} dot={rows.length < 12} isAnimationActive={false} />
          <Line dataKey="gini" name={t('gaps.gini')} stroke="#0f766e" strokeWidth={2} dot={rows.length < 12} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
