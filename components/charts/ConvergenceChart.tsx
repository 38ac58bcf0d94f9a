'use client';

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { InequalityYear } from '@/lib/inequality/report';
import { useI18n } from '@/components/i18n/use-i18n';

/** Spread across provinces (left axis) and the coastal/inland ratio (right axis) over time. */
export default function ConvergenceChart({ points }: { points: InequalityYear[] }) {
  const { t } = useI18n();
  return (
    <figure className="chart" aria-label={t('chart.convergence')}>
      <ResponsiveContainer width="100%" height={220}>
        <LineChart data={points} margin={{ top: 8, right: 4, bottom: 0, left: 0 }}>
          <CartesianGrid stroke="#eef1f4" />
          <XAxis dataKey="year" tick={{ fontSize: 11 }} />
          <YAxis yAxisId="cv" tick={{ fontSize: 11 }} width={36} domain={[0, 'auto']} />
          <YAxis yAxisId="ratio" orientation="right" tick={{ fontSize: 11 }} width={36} domain={[1, 'auto']} />
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 11 }} />
          <Line yAxisId="cv" dataKey="cv_weighted" name={t('chart.cv')} stroke="#c2410c" strokeWidth={2} dot={false} isAnimationActive={false} />
          <Line
            yAxisId="ratio"
            dataKey="coastal_inland_ratio"
            name={t('chart.coastalInland')}
            stroke="#0f766e"
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
