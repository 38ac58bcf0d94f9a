'use client';

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { LorenzPoint } from '@/lib/inequality/lorenz';
import { provinceByCode } from '@/lib/regions/provinces';
import { useI18n } from '@/components/i18n/use-i18n';
import { legendText } from './legend-text';

const percent = (v: number) => `${Math.round(v * 100)}%`;

/** The population-weighted Lorenz curve of one year, against the diagonal of equality. */
export default function LorenzChart({ points, label }: { points: readonly LorenzPoint[]; label: string }) {
  const l10n = useI18n();
  const { t } = l10n;
  const rows = points.map((p) => ({ population: p.population, share: p.share, equality: p.population, code: p.code }));
  return (
    <figure className="chart gaps-chart" aria-label={label}>
      <ResponsiveContainer width="100%" height={240}>
        <LineChart data={rows} margin={{ top: 8, right: 12, bottom: 14, left: 0 }} accessibilityLayer>
          <CartesianGrid stroke="#eef1f4" />
          <XAxis
            dataKey="population"
            type="number"
            domain={[0, 1]}
            ticks={[0, 0.25, 0.5, 0.75, 1]}
            tickFormatter={percent}
            tick={{ fontSize: 11 }}
            label={{ value: t('gaps.lorenzX'), position: 'insideBottom', offset: -8, fontSize: 11 }}
          />
          <YAxis domain={[0, 1]} ticks={[0, 0.25, 0.5, 0.75, 1]} tickFormatter={percent} tick={{ fontSize: 11 }} width={40} />
          <Tooltip
            formatter={(v, name) => [percent(Number(v)), name]}
            labelFormatter={(_, payload) => {
              const code = payload?.[0]?.payload?.code as string | null | undefined;
              const province = code ? provinceByCode(code) : undefined;
              return province ? l10n.name(province) : '';
            }}
          />
          <Legend wrapperStyle={{ fontSize: 12 }} verticalAlign="top" formatter={legendText} />
          <Line dataKey="equality" name={t('gaps.equality')} stroke="#8a96a3" strokeDasharray="4 4" dot={false} isAnimationActive={false} />
          <Line dataKey="share" name={t('gaps.lorenzY')} stroke="#2b6cb0" strokeWidth={2} dot={{ r: 2 }} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
