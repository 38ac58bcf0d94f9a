'use client';

import dynamic from 'next/dynamic';
import { trendRows, valueAtOrBefore } from '@/lib/charts/region-series';
import { useRegion } from '../data/use-region';

const TrendChart = dynamic(() => import('../charts/RegionCharts').then((m) => m.TrendChart), {
  ssr: false,
  loading: () => <div className="chart-skeleton" aria-hidden="true" />,
});

/** The partners' gap over time: GDP per capita of the eastern and the western partner. */
export function PairGap({ east, west, year }: { east: string; west: string; year: number }) {
  const e = useRegion(east);
  const w = useRegion(west);
  if (e.error || w.error) return <p className="panel-error" role="alert">The partners’ data could not be loaded.</p>;
  if (!e.data || !w.data) return <div className="chart-skeleton" role="status" aria-label="Loading the partners’ data" />;
  const [ev, wv] = [valueAtOrBefore(e.data.series.gdp_per_capita, year), valueAtOrBefore(w.data.series.gdp_per_capita, year)];
  return (
    <section>
      <h3>The partners’ gap: GDP per capita</h3>
      {ev && wv && ev.year === wv.year && (
        <p>
          In {ev.year}, {e.data.name_en}’s GDP per capita was {(ev.value / wv.value).toFixed(1)}× {w.data.name_en}’s.
        </p>
      )}
      <TrendChart
        rows={trendRows({ province: e.data.series.gdp_per_capita, inland: w.data.series.gdp_per_capita })}
        labels={{ province: e.data.name_en, inland: w.data.name_en }}
        unit="yuan (2005–2018 partly estimates: GDP ÷ population)"
        year={year}
      />
    </section>
  );
}
