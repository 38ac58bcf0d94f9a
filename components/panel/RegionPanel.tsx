'use client';

import dynamic from 'next/dynamic';
import { useEffect } from 'react';
import type { CatalogueIndicator, RegionSeries } from '@/lib/indicators/api-types';
import { profileRows, trendRows, valueAtOrBefore } from '@/lib/charts/region-series';
import { formatWithUnit } from '@/lib/indicators/format';
import { provinceByCode } from '@/lib/regions/provinces';
import { useRegion } from '../data/use-region';
import { InlineError } from '../controls/InlineError';
import { useIndicatorYear } from '../data/use-indicators';

const ChartSkeleton = () => <div className="chart-skeleton" aria-hidden="true" />;
const TrendChart = dynamic(() => import('../charts/RegionCharts').then((m) => m.TrendChart), { ssr: false, loading: ChartSkeleton });
const RankChart = dynamic(() => import('../charts/RegionCharts').then((m) => m.RankChart), { ssr: false, loading: ChartSkeleton });
const ProfileChart = dynamic(() => import('../charts/RegionCharts').then((m) => m.ProfileChart), { ssr: false, loading: ChartSkeleton });

export interface RegionPanelProps {
  code: string;
  indicator: CatalogueIndicator;
  indicators: CatalogueIndicator[];
  year: number;
  onClose: () => void;
}

/** "Region details": a province's indicator over time against its comparisons, its rank, its profile, its sources. */
export function RegionPanel({ code, indicator, indicators, year, onClose }: RegionPanelProps) {
  const province = provinceByCode(code);
  const region = useRegion(code);
  const china = useRegion('100000');
  const economicRegion = useRegion(province?.region ?? null);
  const isGroup = !province;
  const coastal = useRegion('coastal');
  const inland = useRegion('inland');

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  const r = region.data;
  const name = r ? `${r.name_en} ${r.name_zh}` : province ? `${province.name_en} ${province.name_zh}` : code;
  return (
    <aside className="region-panel" aria-label="Region details">
      <header>
        <h2>{name}</h2>
        <button type="button" className="close" onClick={onClose} aria-label="Close region details">
          ×
        </button>
      </header>
      {region.error && <InlineError what="The data for this region" error={region.error} onRetry={() => region.mutate()} />}
      {!r && !region.error && <div className="chart-skeleton" role="status" aria-label="Loading region data" />}
      {r && (
        <>
          <KeyFacts region={r} indicators={indicators} year={year} />
          <h3>
            {indicator.label_en} over time
          </h3>
          <TrendChart
            rows={trendRows({
              province: r.series[indicator.id],
              china: china.data?.series[indicator.id],
              region: economicRegion.data?.series[indicator.id],
              coastal: coastal.data?.series[indicator.id],
              inland: inland.data?.series[indicator.id],
            })}
            labels={{
              province: r.name_en,
              china: 'China',
              ...(economicRegion.data ? { region: `${economicRegion.data.name_en} region` } : {}),
              ...(isGroup ? {} : { coastal: 'Coastal', inland: 'Inland' }),
            }}
            unit={indicator.unit_en}
            year={year}
          />
          {r.kind === 'group' ? (
            <GroupMembers members={r.members ?? []} indicator={indicator} year={year} />
          ) : (
            <>
              <h3>Rank among the 31: {indicator.label_en}</h3>
              {r.ranks?.[indicator.id]?.length ? <RankChart rows={r.ranks[indicator.id]} name={r.name_en} /> : <p className="note">No values to rank.</p>}
            </>
          )}
          <h3>Profile, {year} (China = 100)</h3>
          {china.data ? <ProfileChart rows={profileRows(indicators.filter((i) => i.aggregation?.method !== 'sum'), r.series, china.data.series, year)} /> : <ChartSkeleton />}
          <SourceList region={r} />
        </>
      )}
    </aside>
  );
}

/** A group's members and their values for the year, from the same API the map uses. */
function GroupMembers({ members, indicator, year }: { members: readonly string[]; indicator: CatalogueIndicator; year: number }) {
  const { data } = useIndicatorYear(indicator.id, year);
  const rows = (data?.values ?? []).filter((v) => members.includes(v.code)).sort((a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity));
  return (
    <>
      <h3>
        Members, {indicator.label_en} {year}
      </h3>
      {!data ? (
        <div className="chart-skeleton" aria-hidden="true" />
      ) : (
        <table className="mini-table members-table">
          <tbody>
            {rows.map((v) => (
              <tr key={v.code}>
                <td>
                  {v.name_en} <span lang="zh-Hans">{v.name_zh}</span>
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
  return (
    <dl className="key-facts">
      {indicators.slice(0, 6).map((i) => {
        const o = valueAtOrBefore(region.series[i.id], year);
        return (
          <div key={i.id}>
            <dt>{i.label_en}</dt>
            <dd>
              {o ? formatWithUnit(o.value, i) : 'no data'}
              {o && o.year !== year ? ` (${o.year})` : ''}
              {o?.estimate ? ' · estimate' : ''}
              {o ? <span className="cite"> [{o.sources.join(', ')}]</span> : null}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}

function SourceList({ region }: { region: RegionSeries }) {
  return (
    <details className="sources">
      <summary>Sources of every number ({Object.keys(region.sources).length})</summary>
      <ul>
        {Object.entries(region.sources).map(([id, c]) => (
          <li key={id}>
            <span className="cite">[{id}]</span> {c.publisher}: {c.title}
            {c.table ? `, ${c.table}` : ''}
            {c.edition ? ` (${c.edition})` : ''}
          </li>
        ))}
      </ul>
    </details>
  );
}
