'use client';

import { CartesianGrid, ReferenceLine, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { BetaConvergence } from '@/lib/inequality/beta-convergence';
import { provinceByCode } from '@/lib/regions/provinces';
import type { CatalogueIndicator } from '@/lib/indicators/api-types';
import { useI18n } from '@/components/i18n/use-i18n';
import { measure } from '@/lib/inequality/describe';

/**
 * The scatter behind beta convergence: ln(level in `from`) across, average annual log growth (as %)
 * up, one dot per province, and the API's least-squares line. Ticks show the levels themselves.
 */
export default function BetaChart({ beta, from, indicator, label }: { beta: BetaConvergence; from: number; indicator: CatalogueIndicator; label: string }) {
  const l10n = useI18n();
  const { t } = l10n;
  const rows = beta.points.map((p) => ({ x: p.log_initial, y: p.growth * 100, code: p.code }));
  const xs = rows.map((r) => r.x);
  const [lo, hi] = [Math.min(...xs), Math.max(...xs)];
  const fitted = (x: number) => (beta.intercept + beta.coefficient * x) * 100;
  const ticks = logTicks(lo, hi);
  return (
    <figure className="chart gaps-chart" aria-label={label}>
      <ResponsiveContainer width="100%" height={240}>
        <ScatterChart margin={{ top: 8, right: 12, bottom: 14, left: 0 }} accessibilityLayer>
          <CartesianGrid stroke="#eef1f4" />
          <XAxis
            dataKey="x"
            type="number"
            domain={[lo - 0.05, hi + 0.05]}
            ticks={ticks.map(Math.log)}
            tickFormatter={(v: number) => l10n.value(Math.exp(v), indicator)}
            tick={{ fontSize: 11 }}
            label={{ value: t('gaps.betaX', { year: from }), position: 'insideBottom', offset: -8, fontSize: 11 }}
          />
          <YAxis dataKey="y" type="number" domain={['auto', 'auto']} tick={{ fontSize: 11 }} width={40} tickFormatter={(v: number) => measure(l10n, v, 1)} />
          <Tooltip
            cursor={false}
            content={({ payload }) => {
              const p = payload?.[0]?.payload as (typeof rows)[number] | undefined;
              const province = p && provinceByCode(p.code);
              return p && province ? (
                <div className="chart-tooltip">
                  <strong>{l10n.name(province)}</strong>
                  <div>{l10n.withUnit(Math.exp(p.x), indicator)}</div>
                  <div>{`${measure(l10n, p.y, 1)}%`}</div>
                </div>
              ) : null;
            }}
          />
          <ReferenceLine
            segment={[
              { x: lo, y: fitted(lo) },
              { x: hi, y: fitted(hi) },
            ]}
            stroke="#c2410c"
            strokeWidth={2}
            ifOverflow="extendDomain"
            label={{ value: t('gaps.betaFit'), position: 'insideTopRight', fontSize: 11 }}
          />
          <Scatter data={rows} fill="#2b6cb0" isAnimationActive={false} />
        </ScatterChart>
      </ResponsiveContainer>
      <figcaption className="muted">{t('gaps.betaY')}</figcaption>
    </figure>
  );
}

/** 1, 2 and 5 times powers of ten between e^lo and e^hi (at most about six; every multiple 1–9 when that gives fewer than three). */
function logTicks(lo: number, hi: number): number[] {
  const [min, max] = [Math.exp(lo), Math.exp(hi)];
  const within = (multiples: readonly number[]) => {
    const ticks: number[] = [];
    for (let p = Math.floor(Math.log10(min)); p <= Math.ceil(Math.log10(max)); p++) {
      for (const m of multiples) {
        const v = m * 10 ** p;
        if (v >= min && v <= max) ticks.push(v);
      }
    }
    return ticks;
  };
  const ticks = within([1, 2, 5]);
  if (ticks.length < 3) return within([1, 2, 3, 4, 5, 6, 7, 8, 9]).filter((_, i, all) => all.length <= 6 || i % 2 === 0);
  return ticks.length > 6 ? ticks.filter((v) => Number.isInteger(Math.log10(v))) : ticks;
}
