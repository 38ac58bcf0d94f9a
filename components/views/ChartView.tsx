'use client';

/** The chart view: one indicator over time for the chosen places, labelled at the lines' ends. recharts loads with this module only. */
import { useId, useMemo, useRef } from 'react';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis, usePlotArea, useYAxisScale } from 'recharts';
import { chartLines, spreadLabels, type ChartLine } from '@/lib/views/chart-lines';
import { chartPlaces, startYear } from '@/lib/views/view-defaults';
import { describeChart } from '@/lib/views/describe-view';
import { chartCsv } from '@/lib/views/view-csv';
import { panelSeries, panelYears } from '@/lib/indicators/panel';
import { estimateKey } from '@/lib/charts/region-series';
import { CHART_MODES } from '@/lib/url/view-state';
import { PLACES } from '@/lib/views/place-search';
import { useI18n } from '@/components/i18n/use-i18n';
import type { Localizer } from '@/lib/i18n/localize';
import { PlacePicker } from './PlacePicker';
import { YearNotes } from './YearNotes';
import { YearRange } from './YearRange';
import { ViewFooter } from './ViewFooter';
import { SourceLinks } from './SourceLink';
import { placeColor } from './place-colors';
import { useViewLinks } from './view-links';
import type { ViewProps } from './view-props';

const BY_CODE = new Map(PLACES.map((p) => [p.code, p]));
const LABEL_GAP = 14;

export default function ChartView({ panel, indicator, state, year, update }: ViewProps) {
  const l10n = useI18n();
  const { t } = l10n;
  const links = useViewLinks();
  const descriptionId = useId();
  const figure = useRef<HTMLElement>(null);
  const places = chartPlaces(state);
  const years = panelYears(panel, indicator.id).filter((y) => indicator.years_with_data.includes(y));
  const from = Math.min(startYear(state, years) ?? year, year);
  const relative = state.chart === 'relative';
  const data = useMemo(() => chartLines(panel, indicator.id, places, from, year, state.chart), [panel, indicator.id, places, from, year, state.chart]);
  const values = data.rows.flatMap((r) => places.flatMap((code) => [r[code], r[estimateKey(code)]]).filter((v): v is number => v !== undefined));
  const canLog = values.length > 0 && values.every((v) => v > 0);
  const log = state.log.includes('y') && canLog;
  const nameOf = (code: string) => {
    const p = BY_CODE.get(code);
    return p ? l10n.name(p) : code;
  };
  const format = (v: number) => (relative ? v.toLocaleString(l10n.locale, { maximumFractionDigits: 1 }) : l10n.value(v, indicator));
  const title = t(relative ? 'chart.relativeTitle' : 'chart.title', { indicator: l10n.label(indicator), from, to: year });
  const series = places.map((code) => ({ ...BY_CODE.get(code)!, points: panelSeries(panel, indicator.id, code, from, year) }));
  const sourceIds = series.flatMap((s) => s.points.flatMap((p) => p.sources));
  const description = describeChart(
    l10n,
    indicator,
    data.lines.map((line) => {
      const first = data.rows.find((r) => r[line.code] !== undefined || r[estimateKey(line.code)] !== undefined);
      const firstValue = first ? (first[line.code] ?? first[estimateKey(line.code)]!) : null;
      return { place: BY_CODE.get(line.code)!, first: first && firstValue !== null ? { year: first.year, value: firstValue } : null, last: line.last };
    }),
    from,
    year,
    relative,
  );

  return (
    <section className="view chart-view" aria-labelledby={`${descriptionId}-title`}>
      <header className="view-header">
        <h2 id={`${descriptionId}-title`}>{title}</h2>
        <p className="unit">{relative ? t('chart.relative') : l10n.unit(indicator)}</p>
      </header>
      <div className="view-toolbar">
        <YearRange years={years} from={from} to={year} onFrom={(y) => update({ from: y }, 'push')} onTo={(y) => update({ year: y }, 'push')} />
        <fieldset className="segmented">
          <legend>{t('chart.mode')}</legend>
          {CHART_MODES.map((mode) => (
            <label key={mode}>
              <input type="radio" name={`${descriptionId}-mode`} checked={state.chart === mode} onChange={() => update({ chart: mode }, 'push')} />
              {t(`chart.${mode}`)}
            </label>
          ))}
        </fieldset>
        <fieldset className="segmented">
          <legend>{t('chart.scale')}</legend>
          <label>
            <input
              type="radio"
              name={`${descriptionId}-scale`}
              checked={!state.log.includes('y')}
              onChange={() => update({ log: state.log.filter((a) => a !== 'y') }, 'push')}
            />
            {t('chart.linear')}
          </label>
          <label>
            <input
              type="radio"
              name={`${descriptionId}-scale`}
              checked={state.log.includes('y')}
              onChange={() => update({ log: [...state.log.filter((a) => a !== 'y'), 'y'] }, 'push')}
            />
            {t('chart.log')}
          </label>
        </fieldset>
      </div>
      <PlacePicker
        places={places}
        isDefault={state.places.length === 0}
        onChange={(p) => update({ places: p }, 'push')}
        onReset={() => update({ places: [] }, 'push')}
      />
      {state.log.includes('y') && !canLog && values.length > 0 && <p className="hint">{t('chart.logUnavailable')}</p>}
      {data.sparse && <p className="hint">{t('chart.sparse')}</p>}
      <YearNotes indicator={indicator} from={from} to={year} />
      <figure ref={figure} className="view-figure" aria-describedby={descriptionId}>
        {places.length === 0 ? (
          <p className="empty-state">{t('chart.noPlaces')}</p>
        ) : values.length === 0 ? (
          <p className="empty-state">{t('chart.empty', { from, to: year })}</p>
        ) : (
          <ResponsiveContainer width="100%" height="100%" minHeight={260}>
            <LineChart data={data.rows} margin={{ top: 12, right: 132, bottom: 4, left: 4 }} accessibilityLayer>
              <CartesianGrid stroke="#eef1f4" />
              <XAxis
                dataKey="year"
                type="number"
                domain={[from, year]}
                allowDecimals={false}
                tick={{ fontSize: 11 }}
                tickCount={Math.min(8, year - from + 1)}
              />
              <YAxis
                scale={log ? 'log' : 'linear'}
                domain={log ? ['auto', 'auto'] : [0, 'auto']}
                tick={{ fontSize: 11 }}
                tickFormatter={(v: number) => compact(l10n, v)}
                width={56}
                allowDataOverflow={log}
              />
              <Tooltip content={<YearTooltip places={places} nameOf={nameOf} format={format} />} />
              {places.map((code, i) =>
                data.lines[i].hasEstimates ? (
                  <Line
                    key={`${code}-estimate`}
                    dataKey={estimateKey(code)}
                    stroke={placeColor(i)}
                    strokeWidth={2}
                    strokeDasharray="5 4"
                    dot={data.sparse}
                    connectNulls={data.sparse}
                    isAnimationActive={false}
                    legendType="none"
                  />
                ) : null,
              )}
              {places.map((code, i) => (
                <Line
                  key={code}
                  dataKey={code}
                  name={nameOf(code)}
                  stroke={placeColor(i)}
                  strokeWidth={2}
                  dot={data.sparse}
                  connectNulls={data.sparse}
                  isAnimationActive={false}
                />
              ))}
              <EndLabels lines={data.lines} nameOf={nameOf} onSelect={links.selectPlace} />
            </LineChart>
          </ResponsiveContainer>
        )}
      </figure>
      {data.lines.some((l) => l.hasEstimates) && <p className="hint">{t('views.estimateNote')}</p>}
      <ViewFooter
        descriptionId={descriptionId}
        description={description}
        sources={<SourceLinks indicator={indicator.id} ids={sourceIds} citations={panel.citations} />}
        filename={`hinterland-chart-${indicator.id}-${from}-${year}${relative ? '-relative' : ''}`}
        csv={() =>
          chartCsv(
            indicator,
            relative,
            relative ? relativeSeries(series, data.rows) : series.map((s) => ({ ...s, points: s.points.map(withFlag) })),
            panel.citations,
          )
        }
        chart={() => ({
          svg: figure.current?.querySelector('svg.recharts-surface') ?? null,
          title: `${title} (${relative ? t('chart.relative') : l10n.unit(indicator)})`,
          source: `${t('views.sourcePrefix')}${[...new Set(sourceIds.map((id) => panel.citations[id]?.publisher).filter(Boolean))].join('; ')}. Hinterland`,
        })}
      />
    </section>
  );
}

const withFlag = (p: { year: number; value: number; sources: string[]; estimate?: unknown }) => ({
  year: p.year,
  value: p.value,
  sources: p.sources,
  estimate: !!p.estimate,
});

/** The relative values as drawn (rows), with the sources of the place's own value. */
function relativeSeries(
  series: { code: string; name_en: string; name_zh: string; points: { year: number; value: number; sources: string[]; estimate?: unknown }[] }[],
  rows: ReturnType<typeof chartLines>['rows'],
) {
  return series.map((s) => ({
    ...s,
    points: s.points.flatMap((p) => {
      const row = rows.find((r) => r.year === p.year);
      const value = row?.[s.code] ?? row?.[estimateKey(s.code)];
      return value === undefined ? [] : [{ year: p.year, value, sources: p.sources, estimate: row?.[s.code] === undefined }];
    }),
  }));
}

const compact = (l10n: Localizer, v: number) => Intl.NumberFormat(l10n.locale, { notation: 'compact', maximumFractionDigits: 1 }).format(v);

interface TooltipProps {
  active?: boolean;
  label?: number;
  payload?: ReadonlyArray<{ payload?: Record<string, number> }>;
  places: readonly string[];
  nameOf: (code: string) => string;
  format: (v: number) => string;
}

/** Every line's value in the hovered year, highest first; estimates marked. */
function YearTooltip({ active, label, payload, places, nameOf, format }: TooltipProps) {
  const { t } = useI18n();
  const row = payload?.[0]?.payload;
  if (!active || !row) return null;
  const entries = places
    .map((code, i) => ({ code, i, value: row[code] ?? row[estimateKey(code)], estimate: row[code] === undefined && row[estimateKey(code)] !== undefined }))
    .sort((a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity));
  return (
    <div className="chart-tooltip">
      <strong>{label}</strong>
      <ul>
        {entries.map((e) => (
          <li key={e.code}>
            <span className="chip-swatch" style={{ background: placeColor(e.i) }} aria-hidden="true" />
            {nameOf(e.code)}: {e.value === undefined ? t('common.noData') : format(e.value)}
            {e.estimate ? ` (${t('common.estimate')})` : ''}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Names at the lines' ends, moved apart so they never overlap; clicking one opens the place. */
function EndLabels({ lines, nameOf, onSelect }: { lines: readonly ChartLine[]; nameOf: (code: string) => string; onSelect: (code: string) => void }) {
  const y = useYAxisScale();
  const area = usePlotArea();
  if (!y || !area) return null;
  const drawn = lines.map((line, i) => ({ line, i })).filter(({ line }) => line.last);
  const wanted = drawn.map(({ line }) => Number(y(line.last!.value)));
  const placed = spreadLabels(wanted, LABEL_GAP, area.y + 4, area.y + area.height);
  return (
    <g className="end-labels">
      {drawn.map(({ line, i }, k) => (
        <g key={line.code} className="end-label" onClick={() => onSelect(line.code)}>
          <line x1={area.x + area.width + 2} x2={area.x + area.width + 10} y1={wanted[k]} y2={placed[k]} stroke={placeColor(i)} strokeWidth={2} />
          <text x={area.x + area.width + 13} y={placed[k]} dy="0.35em" fontSize={11} fill="#1f2a33">
            {nameOf(line.code)}
          </text>
        </g>
      ))}
    </g>
  );
}
