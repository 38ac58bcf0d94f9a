'use client';

/** The scatter view: one bubble per province for any two indicators, sized by a third, coloured by economic region. */
import { useEffect, useId, useRef, useState } from 'react';
import {
  CartesianGrid,
  DefaultZIndexes,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
  ZAxis,
  ZIndexLayer,
  useXAxisScale,
  useYAxisScale,
} from 'recharts';
import { axisFor, scatterData, scatterFit, scatterTrail, type ScatterAxes, type ScatterPoint } from '@/lib/views/scatter-points';
import { scatterAxes, scatterYear, startYear } from '@/lib/views/view-defaults';
import { describeScatter, formatSlope } from '@/lib/views/describe-view';
import { scatterCsv } from '@/lib/views/view-csv';
import { panelCell } from '@/lib/indicators/panel';
import { NO_SIZE, type LogAxis } from '@/lib/url/view-state';
import { PLACES } from '@/lib/views/place-search';
import { GROUPS } from '@/lib/indicators/groups';
import type { EconomicRegion } from '@/lib/regions/provinces';
import type { CatalogueIndicator } from '@/lib/indicators/api-types';
import { useI18n } from '@/components/i18n/use-i18n';
import type { Localizer } from '@/lib/i18n/localize';
import { ViewFooter } from './ViewFooter';
import { YearNotes } from './YearNotes';
import { SourceLinks } from './SourceLink';
import { useViewLinks } from './view-links';
import { useEarlyInput } from './use-early-input';
import type { ViewProps } from './view-props';

const BY_CODE = new Map(PLACES.map((p) => [p.code, p]));
const REGION_COLORS: Record<EconomicRegion, string> = { east: '#2b6cb0', central: '#c05621', west: '#2f855a', northeast: '#6b46c1' };
const REGIONS = Object.keys(REGION_COLORS) as EconomicRegion[];
const PLAY_STEP_MS = 1000;

export default function ScatterView({ panel, catalogue, state, update, selected }: ViewProps) {
  const l10n = useI18n();
  const { t } = l10n;
  const links = useViewLinks();
  const descriptionId = useId();
  const figure = useRef<HTMLElement>(null);
  const [playing, setPlaying] = useState(false);
  // 31 points: computed each render, cheaper than keeping memo keys right.
  const axes = scatterAxes(state);
  const byId = (id: string | null) => (id ? catalogue.indicators.find((i) => i.id === id) : undefined);
  const [xi, yi, si] = [byId(axes.x)!, byId(axes.y)!, byId(axes.size)];
  const years = [...new Set([...xi.years_with_data, ...yi.years_with_data])].sort((a, b) => a - b);
  const year = scatterYear(state.year, xi.years_with_data, yi.years_with_data) ?? years.at(-1)!;
  const index = years.indexOf(year);
  const data = scatterData(panel, axes, year);
  const fit = state.fit ? scatterFit(data.points, axes.log) : null;
  const trailFrom = startYear(state, years) ?? years[0];
  const chosen = state.places.filter((code) => BY_CODE.get(code)?.kind === 'province');
  const highlighted = new Set([...chosen, ...(selected ? [selected] : [])]);
  const trails = chosen.map((code) => ({ code, points: scatterTrail(panel, axes, code, trailFrom, year) }));
  // Domains hold the bubbles and the trails, so a trail never runs off the plot.
  const [logX, logY] = [state.log.includes('x'), state.log.includes('y')];
  const everything = [...data.points, ...trails.flatMap((tr) => tr.points)];

  useEffect(() => {
    if (!playing) return;
    const timer = setTimeout(() => {
      if (index >= years.length - 1) setPlaying(false);
      else update({ year: years[index + 1] }, 'replace');
    }, PLAY_STEP_MS);
    return () => clearTimeout(timer);
  }, [playing, index, years, update]);

  const setAxis = (axis: 'x' | 'y' | 'size', id: string) => update({ [axis]: id }, 'push');
  const toggleLog = (axis: LogAxis, on: boolean) =>
    update({ log: on ? [...state.log.filter((a) => a !== axis), axis] : state.log.filter((a) => a !== axis) }, 'push');
  const name = (code: string) => l10n.name(BY_CODE.get(code)!);
  const yearNote = (i: CatalogueIndicator, y: number | null) =>
    y === null ? null : t(i.census_years?.includes(y) ? 'scatter.census' : 'scatter.yearOf', { indicator: l10n.label(i), year: y });
  const notes = [yearNote(xi, data.years.x), yearNote(yi, data.years.y), si ? yearNote(si, data.years.size) : null].filter(Boolean);
  const title = t('scatter.title', { x: l10n.label(xi), y: l10n.label(yi), year });
  const withSources = data.points.map((p) => ({
    ...p,
    ...BY_CODE.get(p.code)!,
    sources: [
      ...(panelCell(panel, axes.x, p.code, data.years.x!)?.sources ?? []),
      ...(panelCell(panel, axes.y, p.code, data.years.y!)?.sources ?? []),
      ...(axes.size && data.years.size !== null ? (panelCell(panel, axes.size, p.code, data.years.size)?.sources ?? []) : []),
    ],
  }));
  const sourceIds = withSources.flatMap((p) => p.sources);

  return (
    <section className="view scatter-view" aria-labelledby={`${descriptionId}-title`}>
      <header className="view-header">
        <h2 id={`${descriptionId}-title`}>{title}</h2>
      </header>
      <div className="view-toolbar">
        <IndicatorSelect label={t('scatter.x')} value={axes.x} indicators={catalogue.indicators} onChange={(id) => setAxis('x', id)} />
        <IndicatorSelect label={t('scatter.y')} value={axes.y} indicators={catalogue.indicators} onChange={(id) => setAxis('y', id)} />
        <IndicatorSelect
          label={t('scatter.size')}
          value={axes.size ?? NO_SIZE}
          indicators={catalogue.indicators}
          none={t('scatter.sizeNone')}
          onChange={(id) => setAxis('size', id)}
        />
        <label>
          <input type="checkbox" checked={state.log.includes('x')} onChange={(e) => toggleLog('x', e.target.checked)} /> {t('scatter.logX')}
        </label>
        <label>
          <input type="checkbox" checked={state.log.includes('y')} onChange={(e) => toggleLog('y', e.target.checked)} /> {t('scatter.logY')}
        </label>
        <label>
          <input type="checkbox" checked={state.fit} onChange={(e) => update({ fit: e.target.checked }, 'push')} /> {t('scatter.fit')}
        </label>
      </div>
      <div className="year-row scatter-year">
        <button type="button" onClick={() => setPlaying(!playing)} aria-pressed={playing}>
          {playing ? t('controls.pause') : t('controls.play')}
        </button>
        <label>
          <span className="visually-hidden">{t('controls.year')}</span>
          <input
            type="range"
            min={0}
            max={years.length - 1}
            value={index}
            aria-valuetext={String(year)}
            onChange={(e) => update({ year: years[Number(e.target.value)] }, 'replace')}
          />
        </label>
        <output>{year}</output>
      </div>
      <p className="hint">{notes.join(' · ')}</p>
      {axes.x === axes.y && <p className="hint">{t('scatter.sameAxes')}</p>}
      {[xi, yi, si].map(
        (i, k) =>
          i && (
            <YearNotes
              key={k}
              indicator={i}
              from={[data.years.x, data.years.y, data.years.size][k] ?? year}
              to={[data.years.x, data.years.y, data.years.size][k] ?? year}
            />
          ),
      )}
      <ul className="region-key" aria-label={t('scatter.colour')}>
        {REGIONS.map((r) => (
          <li key={r}>
            <span className="chip-swatch" style={{ background: REGION_COLORS[r] }} aria-hidden="true" />
            {l10n.name(GROUPS.find((g) => g.id === r)!)}
          </li>
        ))}
      </ul>
      <figure ref={figure} className="view-figure" aria-describedby={descriptionId}>
        {data.points.length === 0 ? (
          <p className="empty-state">{t('scatter.empty', { year })}</p>
        ) : (
          <ResponsiveContainer width="100%" height="100%" minHeight={280}>
            <ScatterChart margin={{ top: 12, right: 24, bottom: 28, left: 8 }} accessibilityLayer>
              <CartesianGrid stroke="#eef1f4" />
              <ScatterAxis axis="x" indicator={xi} log={logX} values={everything.map((p) => p.x)} />
              <ScatterAxis axis="y" indicator={yi} log={logY} values={everything.map((p) => p.y)} />
              <ZAxis type="number" dataKey="size" range={si ? [24, 900] : [90, 90]} />
              <Tooltip content={<PointTooltip axes={axes} indicators={[xi, yi, si]} name={name} />} />
              {REGIONS.map((r) => (
                <Scatter
                  key={r}
                  name={l10n.name(GROUPS.find((g) => g.id === r)!)}
                  data={data.points.filter((p) => p.region === r)}
                  fill={REGION_COLORS[r]}
                  fillOpacity={0.7}
                  stroke="#ffffff"
                  isAnimationActive={false}
                  onClick={(p: { payload?: ScatterPoint }) => p.payload && links.selectPlace(p.payload.code)}
                  cursor="pointer"
                />
              ))}
              {fit && <ReferenceLine segment={fit.ends} stroke="#1f2a33" strokeDasharray="6 3" ifOverflow="hidden" />}
              <Highlights points={data.points.filter((p) => highlighted.has(p.code))} trails={trails} name={name} />
            </ScatterChart>
          </ResponsiveContainer>
        )}
      </figure>
      {state.fit && (
        <p className="hint fit-text" role="status">
          {fit
            ? t('scatter.fitText', {
                n: fit.n,
                year,
                slope: formatSlope(l10n, fit.slope),
                r2: fit.r2.toFixed(2),
                space: fit.logX || fit.logY ? t('scatter.fitLog', { axes: [fit.logX ? 'x' : '', fit.logY ? 'y' : ''].filter(Boolean).join(', ') }) : '',
              })
            : t('scatter.fitNone')}
        </p>
      )}
      {data.missing.length > 0 && <p className="hint">{t('scatter.missing', { names: data.missing.map(name).join(', ') })}</p>}
      {trails.length > 0 && <p className="hint">{t('scatter.trails', { from: trailFrom })}</p>}
      <ViewFooter
        descriptionId={descriptionId}
        description={describeScatter(l10n, { x: xi, y: yi }, year, data.points, (code) => BY_CODE.get(code)!, fit)}
        sources={<SourceLinks indicator={axes.y} ids={sourceIds} citations={panel.citations} />}
        filename={`hinterland-scatter-${axes.x}-${axes.y}-${year}`}
        csv={() => scatterCsv({ x: xi, y: yi, size: si ?? null }, data.years, withSources, panel.citations)}
        chart={() => ({
          svg: figure.current?.querySelector('svg.recharts-surface') ?? null,
          title,
          source: `${t('views.sourcePrefix')}${[...new Set(sourceIds.map((id) => panel.citations[id]?.publisher).filter(Boolean))].join('; ')}. Hinterland`,
        })}
      />
    </section>
  );
}

const compact = (l10n: Localizer, v: number) => Intl.NumberFormat(l10n.locale, { notation: 'compact', maximumFractionDigits: 1 }).format(v);

/** One of the scatter's axes: an indicator on a linear or log scale, ticked in compact numbers, labelled with its unit. */
function ScatterAxis({ axis, indicator, log, values }: { axis: 'x' | 'y'; indicator: CatalogueIndicator; log: boolean; values: number[] }) {
  const l10n = useI18n();
  const range = axisFor(values, log);
  const shared = {
    type: 'number',
    dataKey: axis,
    name: l10n.label(indicator),
    scale: log ? 'log' : 'linear',
    domain: range?.domain,
    ticks: range?.ticks,
    allowDataOverflow: true,
    tick: { fontSize: 11 },
    tickFormatter: (v: number) => compact(l10n, v),
  } as const;
  const label = { value: `${l10n.label(indicator)} (${l10n.unit(indicator)})`, fontSize: 12 };
  return axis === 'x' ? (
    <XAxis {...shared} label={{ ...label, position: 'insideBottom', offset: -16 }} />
  ) : (
    <YAxis {...shared} width={56} label={{ ...label, angle: -90, position: 'insideLeft', dy: 60 }} />
  );
}

function IndicatorSelect(props: { label: string; value: string; indicators: CatalogueIndicator[]; none?: string; onChange: (id: string) => void }) {
  const l10n = useI18n();
  const id = useId();
  const field = useRef<HTMLSelectElement>(null);
  useEarlyInput(field, props.onChange);
  return (
    <span className="field">
      <label htmlFor={id}>{props.label}</label>
      <select ref={field} id={id} value={props.value} autoComplete="off" onChange={(e) => props.onChange(e.target.value)}>
        {props.none && <option value={NO_SIZE}>{props.none}</option>}
        {props.indicators.map((i) => (
          <option key={i.id} value={i.id}>
            {l10n.label(i)}
          </option>
        ))}
      </select>
    </span>
  );
}

interface PointTooltipProps {
  active?: boolean;
  payload?: ReadonlyArray<{ payload?: ScatterPoint }>;
  axes: ScatterAxes;
  indicators: [CatalogueIndicator, CatalogueIndicator, CatalogueIndicator | undefined];
  name: (code: string) => string;
}

function PointTooltip({ active, payload, indicators: [xi, yi, si], name }: PointTooltipProps) {
  const l10n = useI18n();
  const p = payload?.[0]?.payload;
  if (!active || !p) return null;
  return (
    <div className="chart-tooltip">
      <strong>{name(p.code)}</strong>
      <ul>
        <li>
          {l10n.label(xi)}: {l10n.withUnit(p.x, xi)}
        </li>
        <li>
          {l10n.label(yi)}: {l10n.withUnit(p.y, yi)}
        </li>
        {si && (
          <li>
            {l10n.label(si)}: {l10n.withUnit(p.size, si)}
          </li>
        )}
        {p.estimate && <li>({l10n.t('common.estimate')})</li>}
      </ul>
    </div>
  );
}

/** Rings and names for the chosen and selected provinces, and each chosen place's path over the years. */
function Highlights({
  points,
  trails,
  name,
}: {
  points: readonly ScatterPoint[];
  trails: ReadonlyArray<{ code: string; points: ReadonlyArray<{ year: number; x: number; y: number }> }>;
  name: (code: string) => string;
}) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  if (!x || !y) return null;
  const at = (px: number, py: number) => [Number(x(px)), Number(y(py))] as const;
  // Above the bubbles (recharts draws scatters at zIndex 600), below the labels.
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.scatter + 1}>
      <g className="scatter-highlights" pointerEvents="none">
        {trails.map((trail) => (
          <g key={trail.code}>
            <polyline points={trail.points.map((p) => at(p.x, p.y).join(',')).join(' ')} fill="none" stroke="#1f2a33" strokeOpacity={0.55} strokeWidth={1.5} />
            {trail.points.slice(0, -1).map((p, i) => {
              const [cx, cy] = at(p.x, p.y);
              // Years on the first point and every fifth, so a long annual trail stays readable.
              const labelled = i === 0 || trail.points.length <= 6 || p.year % 5 === 0;
              return (
                <g key={p.year}>
                  <circle cx={cx} cy={cy} r={2.5} fill="#1f2a33" />
                  {labelled && (
                    <text x={cx + 4} y={cy - 4} fontSize={9} fill="#1f2a33">
                      {p.year}
                    </text>
                  )}
                </g>
              );
            })}
          </g>
        ))}
        {points.map((p) => {
          const [cx, cy] = at(p.x, p.y);
          return (
            <g key={p.code}>
              <circle cx={cx} cy={cy} r={9} fill="none" stroke="#1f2a33" strokeWidth={2} />
              <text x={cx + 11} y={cy} dy="0.35em" fontSize={11} fill="#1f2a33" stroke="#ffffff" strokeWidth={3} paintOrder="stroke">
                {name(p.code)}
              </text>
            </g>
          );
        })}
      </g>
    </ZIndexLayer>
  );
}
