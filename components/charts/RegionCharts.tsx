'use client';

/**
 * The side panel's charts. recharts lives only in this module, which the panel loads on first
 * open (next/dynamic), so the first page load does not pay for it.
 *
 * recharts 3 keeps a chart's data, margins, axes and series in a store that its components fill
 * from effects, keyed by the props' identity: a new object or function in any prop (an inline
 * margin, tick style or formatter) makes a parent's re-render recompute and redraw the whole chart.
 * So every chart is memoized, its constant props are module constants, its formatters are stable,
 * and its holders pass memoized rows.
 */
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { estimateKey, rankRows, type ComparisonKey, type ProfileRow, type TrendRow } from '@/lib/charts/region-series';
import type { RankPoint } from '@/lib/indicators/api-types';
import type { FormattedIndicator } from '@/lib/indicators/format';
import { memo, useCallback, useMemo, type ReactElement } from 'react';
import { useI18n } from '@/components/i18n/use-i18n';

/**
 * recharts' ResponsiveContainer, given the width its holder measured (use-content-width.ts) for its
 * first draw; it follows its own measured size from then on. Without one, it measures itself first.
 */
function SizedContainer({ width, height, children }: { width?: number; height: number; children: ReactElement }) {
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={width === undefined ? undefined : { width, height }}>
      {children}
    </ResponsiveContainer>
  );
}

const MARGIN = { top: 8, right: 8, bottom: 0, left: 0 };
const PROFILE_MARGIN = { top: 4, right: 12, bottom: 0, left: 0 };
const TICK = { fontSize: 11 };
const CATEGORY_TICK = { fontSize: 10 };
const LEGEND_STYLE = { fontSize: 11 };
const RANK_DOMAIN: [number, number] = [1, 31];
const RANK_TICKS = [1, 10, 20, 31];
const RANK_DOT = { r: 2 };

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
  /** The width it will have, where its holder measured it: it is then drawn at once (SizedContainer). */
  width?: number;
}

export const TrendChart = memo(function TrendChart({ rows, labels, indicator, caption, year, width }: TrendChartProps) {
  const { t, unit, tick, withUnit } = useI18n();
  const keys = useMemo(() => Object.keys(labels) as ComparisonKey[], [labels]);
  const estimated = useMemo(() => keys.filter((key) => rows.some((r) => r[estimateKey(key)] !== undefined)), [keys, rows]);
  const tickFormatter = useCallback((v: number) => tick(v, indicator), [tick, indicator]);
  const formatter = useCallback((v: unknown) => (typeof v === 'number' ? withUnit(v, indicator) : String(v)), [withUnit, indicator]);
  return (
    <figure className="chart" aria-label={t('chart.trend', { series: Object.values(labels).join(', ') })}>
      <SizedContainer width={width} height={200}>
        <LineChart data={rows} margin={MARGIN}>
          <CartesianGrid stroke="#eef1f4" />
          <XAxis dataKey="year" tick={TICK} />
          <YAxis tick={TICK} tickFormatter={tickFormatter} width={44} />
          <Tooltip formatter={formatter} />
          <Legend wrapperStyle={LEGEND_STYLE} />
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
      </SizedContainer>
      <figcaption>
        {caption ?? unit(indicator)}
        {estimated.length > 0 && <span className="note"> · {t('chart.estimateNote')}</span>}
      </figcaption>
    </figure>
  );
});

export const RankChart = memo(function RankChart({ ranks, name, width }: { ranks: readonly RankPoint[]; name: string; width?: number }) {
  const { t } = useI18n();
  const rows = useMemo(() => rankRows(ranks), [ranks]);
  const estimated = ranks.some((r) => r.estimate);
  const formatter = useCallback((v: unknown) => [t('chart.rankOf', { rank: String(v) }), t('chart.rankName')], [t]);
  return (
    <figure className="chart" aria-label={t('chart.rank', { name })}>
      <SizedContainer width={width} height={150}>
        <LineChart data={rows} margin={MARGIN}>
          <CartesianGrid stroke="#eef1f4" />
          <XAxis dataKey="year" tick={TICK} />
          <YAxis reversed domain={RANK_DOMAIN} ticks={RANK_TICKS} tick={TICK} width={28} />
          <Tooltip formatter={formatter} />
          <Line dataKey="province" stroke={COLORS.province} strokeWidth={2} dot={RANK_DOT} connectNulls={false} isAnimationActive={false} />
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
      </SizedContainer>
      <figcaption>
        {t('chart.rankCaption')}
        {estimated && <span className="note"> · {t('chart.rankEstimateNote')}</span>}
      </figcaption>
    </figure>
  );
});

export const ProfileChart = memo(function ProfileChart({ rows, width }: { rows: ProfileRow[]; width?: number }) {
  const { t } = useI18n();
  const formatter = useCallback(
    (v: unknown, _n: unknown, item: { payload?: unknown }) => [
      t('chart.profileTip', { value: String(v), year: (item.payload as ProfileRow).year }),
      t('chart.index'),
    ],
    [t],
  );
  return (
    <figure className="chart" aria-label={t('chart.profile')}>
      <SizedContainer width={width} height={Math.max(120, rows.length * 24 + 30)}>
        <BarChart data={rows} layout="vertical" margin={PROFILE_MARGIN}>
          <CartesianGrid stroke="#eef1f4" horizontal={false} />
          <XAxis type="number" tick={TICK} />
          <YAxis type="category" dataKey="label" width={150} tick={CATEGORY_TICK} />
          <Tooltip formatter={formatter} />
          <ReferenceLine x={100} stroke="#1f2a33" />
          <Bar dataKey="index" fill={COLORS.region} isAnimationActive={false} />
        </BarChart>
      </SizedContainer>
      <figcaption>{t('chart.profileCaption')}</figcaption>
    </figure>
  );
});
