'use client';

import dynamic from 'next/dynamic';
import { useDeferredValue, useEffect, useMemo, useRef } from 'react';
import { usePanel } from './use-panel';
import { loadRegionCharts } from '../charts/load-region-charts';
import { useContentWidth } from '../charts/use-content-width';
import type { CatalogueIndicator, RegionSeries } from '@/lib/indicators/api-types';
import type { RegionRef } from '@/lib/indicators/regions';
import { profileRows, trendRows, valueAtOrBefore } from '@/lib/charts/region-series';
import { CHINA_CODE, provinceByCode } from '@/lib/regions/provinces';
import { comparisonsOf, useRegion } from '../data/use-region';
import { InlineError } from '../controls/InlineError';
import { useIndicatorYear } from '../data/use-indicators';
import { SourceLinks } from '../views/SourceLink';
import { useI18n } from '@/components/i18n/use-i18n';
import { PlaceName } from '@/components/i18n/PlaceName';

const ChartSkeleton = () => <div className="chart-skeleton" aria-hidden="true" />;
const TrendChart = dynamic(() => loadRegionCharts().then((m) => m.TrendChart), { ssr: false, loading: ChartSkeleton });
const RankChart = dynamic(() => loadRegionCharts().then((m) => m.RankChart), { ssr: false, loading: ChartSkeleton });
const ProfileChart = dynamic(() => loadRegionCharts().then((m) => m.ProfileChart), { ssr: false, loading: ChartSkeleton });

interface RegionPanelProps {
  code: string;
  indicator: CatalogueIndicator;
  indicators: CatalogueIndicator[];
  year: number;
  onClose: () => void;
  /** The place set beside this one in the trend chart (a province code or group id), if any. */
  compare: string | null;
  onCompare: (code: string | null) => void;
  /** Everything that can be compared: the catalogue's regions. */
  regions: readonly RegionRef[];
}

/** "Region details": a province's indicator over time against its comparisons, its rank, its profile, its sources. */
export function RegionPanel({ code, indicator, indicators, year, onClose, compare, onCompare, regions }: RegionPanelProps) {
  const province = provinceByCode(code);
  const region = useRegion(code);
  const china = useRegion(CHINA_CODE);
  const economicRegion = useRegion(province?.region ?? null);
  const isGroup = !province;
  const coastal = useRegion('coastal');
  const inland = useRegion('inland');
  const other = useRegion(compare && compare !== code ? compare : null);
  // The trend chart is drawn once, with every comparison that came (a chart's draw is the panel's dearest step).
  const comparisonsSettled = [china, economicRegion, coastal, inland].every((c) => !c.isLoading);
  // The profile, lowest in the panel, is drawn in a second pass that yields to the reader: the charts above it show one chart's draw sooner.
  const profileDrawn = useDeferredValue(!!china.data && !!region.data, false);
  const { t, label, name: short, fullName } = useI18n();

  const panel = usePanel<HTMLElement>(onClose);
  // The charts wait for the panel's width (measured before its first paint), so they draw in the frame that opens it.
  const chartWidth = useContentWidth(panel);

  const r = region.data;
  // Memoized, so that the panel's other re-renders (its deferred second pass, a data revalidation) leave the charts alone.
  const trend = useMemo(
    () =>
      r && comparisonsSettled
        ? {
            rows: trendRows({
              province: r.series[indicator.id],
              china: china.data?.series[indicator.id],
              region: economicRegion.data?.series[indicator.id],
              coastal: coastal.data?.series[indicator.id],
              inland: inland.data?.series[indicator.id],
              compare: other.data?.series[indicator.id],
            }),
            labels: {
              province: short(r),
              china: t('panel.china'),
              ...(economicRegion.data ? { region: t('panel.regionOf', { region: short(economicRegion.data) }) } : {}),
              ...(isGroup ? {} : { coastal: t('panel.coastal'), inland: t('panel.inland') }),
              ...(other.data ? { compare: short(other.data) } : {}),
            },
          }
        : null,
    [r, comparisonsSettled, indicator.id, china.data, economicRegion.data, coastal.data, inland.data, other.data, isGroup, short, t],
  );
  const profile = useMemo(
    () =>
      r && china.data
        ? profileRows(
            indicators.filter((i) => i.aggregation?.method !== 'sum'),
            r.series,
            china.data.series,
            year,
            label,
          )
        : null,
    [r, china.data, indicators, year, label],
  );
  const named = r ?? province;
  const name = named ? fullName(named) : code;
  return (
    <aside ref={panel} tabIndex={-1} className="region-panel" data-covers-map aria-label={t('panel.regionDetails')}>
      <header>
        <h2>{name}</h2>
        <button type="button" className="close" onClick={onClose} aria-label={t('panel.closeRegion')}>
          ×
        </button>
      </header>
      {region.error && <InlineError what={t('what.region')} error={region.error} onRetry={() => region.mutate()} />}
      {!r && !region.error && <div className="chart-skeleton" role="status" aria-label={t('panel.loadingRegion')} />}
      {r && (
        <>
          <KeyFacts region={r} indicators={indicators} year={year} />
          <h3>{t('panel.overTime', { indicator: label(indicator) })}</h3>
          <ComparePicker code={code} drawn={[code, ...comparisonsOf(code)]} regions={regions} compare={compare} onCompare={onCompare} />
          {other.error && <InlineError what={t('what.region')} error={other.error} onRetry={() => other.mutate()} />}
          {trend && chartWidth ? (
            <TrendChart rows={trend.rows} labels={trend.labels} indicator={indicator} year={year} width={chartWidth} />
          ) : (
            <ChartSkeleton />
          )}
          {r.kind === 'group' ? (
            <GroupMembers members={r.members ?? []} indicator={indicator} year={year} />
          ) : (
            <>
              <h3>{t('panel.rankAmong', { indicator: label(indicator) })}</h3>
              {!r.ranks?.[indicator.id]?.length ? (
                <p className="note">{t('panel.noRank')}</p>
              ) : chartWidth ? (
                <RankChart ranks={r.ranks[indicator.id]} name={short(r)} width={chartWidth} />
              ) : (
                <ChartSkeleton />
              )}
            </>
          )}
          <h3>{t('panel.profile', { year })}</h3>
          {profile && profileDrawn && chartWidth ? <ProfileChart rows={profile} width={chartWidth} /> : <ChartSkeleton />}
          <SourceList region={r} />
          <a className="region-download" href={`/api/regions/${encodeURIComponent(code)}?format=csv`} download>
            {t('panel.downloadCsv', { name: short(r) })}
          </a>
        </>
      )}
    </aside>
  );
}

/** A group's members and their values for the year, from the same API the map uses. */
function GroupMembers({ members, indicator, year }: { members: readonly string[]; indicator: CatalogueIndicator; year: number }) {
  const { data } = useIndicatorYear(indicator.id, year);
  const { t, label, withUnit: formatWithUnit } = useI18n();
  const rows = (data?.values ?? []).filter((v) => members.includes(v.code)).sort((a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity));
  return (
    <>
      <h3>{t('panel.members', { indicator: label(indicator), year })}</h3>
      {!data ? (
        <div className="chart-skeleton" aria-hidden="true" />
      ) : (
        <table className="mini-table members-table">
          <tbody>
            {rows.map((v) => (
              <tr key={v.code}>
                <td>
                  <PlaceName place={v} />
                </td>
                <td className="num">{formatWithUnit(v.value, indicator)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

function KeyFacts({ region, indicators, year }: { region: RegionSeries; indicators: CatalogueIndicator[]; year: number }) {
  const { t, label, withUnit: formatWithUnit } = useI18n();
  return (
    <dl className="key-facts">
      {indicators.slice(0, 6).map((i) => {
        const o = valueAtOrBefore(region.series[i.id], year);
        return (
          <div key={i.id}>
            <dt>{label(i)}</dt>
            <dd>
              {o ? formatWithUnit(o.value, i) : t('common.noData')}
              {o && o.year !== year ? ` (${o.year})` : ''}
              {o?.estimate ? ` · ${t('common.estimate')}` : ''}
              {o ? <SourceLinks indicator={i.id} ids={o.sources} citations={region.sources} compact /> : null}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}

function SourceList({ region }: { region: RegionSeries }) {
  const { t } = useI18n();
  return (
    <details className="sources">
      <summary>{t('panel.sourcesOfEvery', { count: Object.keys(region.sources).length })}</summary>
      <ul>
        {Object.entries(region.sources).map(([id, c]) => (
          <li key={id}>
            {c.publisher}: {c.title}
            {c.table ? `, ${c.table}` : ''}
            {c.edition ? ` (${c.edition})` : ''}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** Picks another province or group to draw beside this one; places already on the chart are not offered. */
function ComparePicker({
  code,
  drawn,
  regions,
  compare,
  onCompare,
}: {
  code: string;
  drawn: readonly string[];
  regions: readonly RegionRef[];
  compare: string | null;
  onCompare: (code: string | null) => void;
}) {
  const { t, name: short, locale } = useI18n();
  const offered = (kind: RegionRef['kind']) =>
    regions.filter((r) => r.kind === kind && (!drawn.includes(r.code) || r.code === compare)).sort((a, b) => short(a).localeCompare(short(b), locale));
  return (
    <label className="compare-picker">
      {t('panel.compareWith')}{' '}
      <select value={compare && compare !== code ? compare : ''} onChange={(e) => onCompare(e.target.value || null)}>
        <option value="">{t('panel.compareNone')}</option>
        <optgroup label={t('panel.provinces')}>
          {offered('province').map((r) => (
            <option key={r.code} value={r.code}>
              {short(r)}
            </option>
          ))}
        </optgroup>
        <optgroup label={t('panel.groups')}>
          {offered('group').map((r) => (
            <option key={r.code} value={r.code}>
              {short(r)}
            </option>
          ))}
        </optgroup>
      </select>
    </label>
  );
}

/**
 * The panel's three charts drawn once, hidden and with China's series, while the reader looks at the
 * map. A chart's first draw costs about three times its next (the chart library's code is compiled
 * and tuned on first use: ~450 ms here on a first click, ~160 ms on a second), so this moves that cost
 * off the reader's first click. It is drawn in a transition (it yields to input) and gone once drawn.
 */
export function RegionChartsWarmUp({ indicators, onDone }: { indicators: CatalogueIndicator[]; onDone: () => void }) {
  const china = useRegion(CHINA_CODE);
  const { label } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  const width = useContentWidth(box);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    // Drawn: the trend's and the rank's lines and the profile's bars are in.
    const drawn = () => el.querySelectorAll('.recharts-line-curve').length >= 3 && !!el.querySelector('.recharts-bar-rectangle');
    const observer = new MutationObserver(() => drawn() && finish());
    // A chart that never draws (a failed request) must not keep the warm-up forever.
    const timer = window.setTimeout(() => finish(), 15_000);
    const finish = () => {
      observer.disconnect();
      window.clearTimeout(timer);
      onDone();
    };
    observer.observe(el, { subtree: true, childList: true });
    if (drawn()) finish();
    return () => {
      observer.disconnect();
      window.clearTimeout(timer);
    };
  }, [onDone]);
  useEffect(() => {
    if (china.error) onDone();
  }, [china.error, onDone]);
  const series = china.data?.series;
  const indicator = indicators[0];
  const year = Math.max(...(series && indicator ? (series[indicator.id] ?? []).map((o) => o.year) : [0]));
  return (
    <div ref={box} className="charts-warm-up" aria-hidden="true" inert>
      {series && indicator && year > 0 && width && (
        <>
          <TrendChart
            rows={trendRows({ province: series[indicator.id], china: series[indicator.id] })}
            labels={{ province: '', china: '' }}
            indicator={indicator}
            year={year}
            width={width}
          />
          {/* Never shown: any ranks draw through the same code as a province's. */}
          <RankChart ranks={(series[indicator.id] ?? []).map((o, i) => ({ year: o.year, rank: 1 + (i % 31), of: 31 }))} name="" width={width} />
          <ProfileChart rows={profileRows(indicators, series, series, year, label)} width={width} />
        </>
      )}
    </div>
  );
}
