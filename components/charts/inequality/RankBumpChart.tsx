'use client';

import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ProvinceRanks } from '@/lib/inequality/report';
import { provinceByCode } from '@/lib/regions/provinces';
import { useI18n } from '@/components/i18n/use-i18n';

export const RISE_COLOR = '#2b6cb0';
export const FALL_COLOR = '#c05621';
const OTHER_COLOR = '#d3dbe3';

/** Every province's rank per measured year (1 at the top); the largest risers and fallers in colour, labelled at the end. */
export default function RankBumpChart({
  years,
  provinces,
  risers,
  fallers,
  label,
}: {
  years: readonly number[];
  provinces: readonly ProvinceRanks[];
  risers: ReadonlySet<string>;
  fallers: ReadonlySet<string>;
  label: string;
}) {
  const l10n = useI18n();
  const { t } = l10n;
  const rows = years.map((year, i) => Object.fromEntries([['year', year], ...provinces.map((p) => [p.code, p.ranks[i]])]));
  const colorOf = (code: string) => (risers.has(code) ? RISE_COLOR : fallers.has(code) ? FALL_COLOR : OTHER_COLOR);
  const nameOf = (code: string) => {
    const p = provinceByCode(code);
    return p ? l10n.name(p) : code;
  };
  // Grey lines first, coloured ones on top.
  const ordered = [...provinces].sort((a, b) => Number(colorOf(a.code) !== OTHER_COLOR) - Number(colorOf(b.code) !== OTHER_COLOR));
  const last = years.length - 1;
  return (
    <figure className="chart gaps-chart" aria-label={label}>
      <ResponsiveContainer width="100%" height={340}>
        <LineChart data={rows} margin={{ top: 8, right: 84, bottom: 0, left: 0 }} accessibilityLayer>
          <CartesianGrid stroke="#f1f4f7" vertical={false} />
          <XAxis dataKey="year" type="number" domain={['dataMin', 'dataMax']} allowDecimals={false} tick={{ fontSize: 11 }} />
          <YAxis
            reversed
            domain={[1, provinces.length]}
            ticks={[1, 5, 10, 15, 20, 25, 31].filter((r) => r <= provinces.length)}
            tick={{ fontSize: 11 }}
            width={32}
            label={{ value: t('gaps.rankAxis'), angle: -90, position: 'insideLeft', fontSize: 11, dy: 40 }}
          />
          <Tooltip
            content={({ payload, label: year }) => {
              const shown = (payload ?? []).filter((p) => colorOf(String(p.dataKey)) !== OTHER_COLOR);
              return shown.length ? (
                <div className="chart-tooltip">
                  <strong>{year}</strong>
                  <ul>
                    {shown
                      .sort((a, b) => Number(a.value) - Number(b.value))
                      .map((p) => (
                        <li key={String(p.dataKey)}>{`${nameOf(String(p.dataKey))}: ${p.value}`}</li>
                      ))}
                  </ul>
                </div>
              ) : null;
            }}
          />
          {ordered.map((p) => {
            const highlighted = colorOf(p.code) !== OTHER_COLOR;
            return (
              <Line
                key={p.code}
                dataKey={p.code}
                stroke={colorOf(p.code)}
                strokeWidth={highlighted ? 2.5 : 1}
                dot={false}
                activeDot={highlighted ? { r: 3 } : false}
                isAnimationActive={false}
                label={
                  highlighted
                    ? ({ x, y, index }: { x?: number | string; y?: number | string; index?: number }) =>
                        index === last ? (
                          <text x={Number(x) + 6} y={Number(y) + 4} fontSize={11} fill={colorOf(p.code)}>
                            {nameOf(p.code)}
                          </text>
                        ) : null
                    : false
                }
              />
            );
          })}
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
