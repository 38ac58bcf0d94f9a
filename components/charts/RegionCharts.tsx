'use client';

/**
 * The side panel's charts. recharts lives only in this module, which the panel loads on first
 * open (next/dynamic), so the first page load does not pay for it.
 */
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { estimateKey, rankRows, type ComparisonKey, type ProfileRow, type TrendRow } from '@/lib/charts/region-series';
import type { RankPoint } from '@/lib/indicators/api-types';
import type { FormattedIndicator } from '@/lib/indicators/format';
import { useI18n } from '@/components/i18n/use-i18n';

const COLORS: Record<ComparisonKey, string> = {
  province: '#c2410c',
  china: '#1f2a33',
  region: '#2b6cb0',
  coastal: '#0f766e',
  inland: '#7c3aed',
  compare: '#b7791f',
};

interface TrendChartProps {
  rows: TrendRow[];
  labels: Partial<Record<ComparisonKey, string>>;
  /** Whose values these are: ticks, tooltips and the caption's unit read as everywhere else ("58M", "58.3 million people"). */
  indicator: FormattedIndicator;
  /** Instead of the unit under the chart. */
  caption?: string;
  year: number;
}

export function TrendChart({ rows, labels, indicator, caption, year }: TrendChartProps) {
  const { t, unit, tick, withUnit } = useI18n();
  const keys = Object.keys(labels) as ComparisonKey[];
  const estimated = keys.filter((key) => rows.some((r) => r[estimateKey(key)] !== undefined));
  return (
    <figure className="chart" aria-label={t('chart.trend', { series: Object.values(labels).join(', ') })}>
      <ResponsiveContainer width="100%" height={200}>
        <LineChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid stroke="#eef1f4" />
          <XAxis dataKey="year" tick={{ fontSize: 11 }} />
          <YAxis tick={{ fontSize: 11 }} tickFormatter={(v: number) => tick(v, indicator)} width={44} />
          <Tooltip formatter={(v) => (typeof v === 'number' ? withUnit(v, indicator) : String(v))} />
          <Legend wrapperStyle={{ fontSize: 11 }} />
          <ReferenceLine x={year} stroke="#999" strokeDasharray="3 3" />
          {keys.map((key) => (
            <Line
              key={key}
              dataKey={key}
              name={labels[key]}
              stroke={COLORS[key]}
              strokeWidth={key === 'province' ? 2.5 : 1.5}
              dot={false}
              connectNulls={false}
              isAnimationActive={false}
            />
          ))}
          {estimated.map((key) => (
            <Line
              key={estimateKey(key)}
              dataKey={estimateKey(key)}
              name={t('chart.estimateOf', { name: labels[key]! })}
              stroke={COLORS[key]}
              strokeWidth={key === 'province' ? 2 : 1.5}
              strokeDasharray="5 4"
              dot={false}
              connectNulls={false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
      <figcaption>
        {caption ?? unit(indicator)}
        {estimated.length > 0 && <span className="note"> · {t('chart.estimateNote')}</span>}
      </figcaption>
    </figure>
  );
}

export function RankChart({ ranks, name }: { ranks: readonly RankPoint[]; name: string }) {
  const { t } = useI18n();
  const rows = rankRows(ranks);
  const estimated = ranks.some((r) => r.estimate);
  return (
    <figure className="chart" aria-label={t('chart.rank', { name })}>
      <ResponsiveContainer width="100%" height={150}>
        <LineChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid stroke="#eef1f4" />
          <XAxis dataKey="year" tick={{ fontSize: 11 }} />
          <YAxis reversed domain={[1, 31]} ticks={[1, 10, 20, 31]} tick={{ fontSize: 11 }} width={28} />
          <Tooltip formatter={(v) => [t('chart.rankOf', { rank: String(v) }), t('chart.rankName')]} />
          <Line dataKey="province" stroke={COLORS.province} strokeWidth={2} dot={{ r: 2 }} connectNulls={false} isAnimationActive={false} />
          {estimated && (
            <Line
              dataKey={estimateKey('province')}
              stroke={COLORS.province}
              strokeWidth={2}
              strokeDasharray="5 4"
              dot={false}
              connectNulls={false}
              isAnimationActive={false}
            />
          )}
        </LineChart>
      </ResponsiveContainer>
      <figcaption>
        {t('chart.rankCaption')}
        {estimated && <span className="note"> · {t('chart.rankEstimateNote')}</span>}
      </figcaption>
    </figure>
  );
}

export function ProfileChart({ rows }: { rows: ProfileRow[] }) {
  const { t } = useI18n();
  return (
    <figure className="chart" aria-label={t('chart.profile')}>
      <ResponsiveContainer width="100%" height={Math.max(120, rows.length * 24 + 30)}>
        <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 12, bottom: 0, left: 0 }}>
          <CartesianGrid stroke="#eef1f4" horizontal={false} />
          <XAxis type="number" tick={{ fontSize: 11 }} />
          <YAxis type="category" dataKey="label" width={150} tick={{ fontSize: 10 }} />
          <Tooltip formatter={(v, _n, item) => [t('chart.profileTip', { value: String(v), year: (item.payload as ProfileRow).year }), t('chart.index')]} />
          <ReferenceLine x={100} stroke="#1f2a33" />
          <Bar dataKey="index" fill={COLORS.region} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
      <figcaption>{t('chart.profileCaption')}</figcaption>
    </figure>
  );
}
