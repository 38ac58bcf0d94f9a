'use client';

import dynamic from 'next/dynamic';
import { useMemo } from 'react';
import { loadRegionCharts } from '../charts/load-region-charts';
import { trendRows, valueAtOrBefore } from '@/lib/charts/region-series';
import { useRegion } from '../data/use-region';
import { useCatalogue } from '../data/use-indicators';
import { useI18n } from '@/components/i18n/use-i18n';

const TrendChart = dynamic(() => loadRegionCharts().then((m) => m.TrendChart), {
  ssr: false,
  loading: () => <div className="chart-skeleton" aria-hidden="true" />,
});

/** The partners' gap over time: GDP per capita of the eastern and the western partner. */
export function PairGap({ east, west, year }: { east: string; west: string; year: number }) {
  const e = useRegion(east);
  const w = useRegion(west);
  const { t, name: short } = useI18n();
  const gdpPerCapita = useCatalogue().data?.indicators.find((i) => i.id === 'gdp_per_capita');
  // Memoized: the chart recomputes whenever its rows or labels are new objects (RegionCharts.tsx).
  const [eastSeries, westSeries] = [e.data?.series.gdp_per_capita, w.data?.series.gdp_per_capita];
  const rows = useMemo(() => trendRows({ province: eastSeries, inland: westSeries }), [eastSeries, westSeries]);
  const [eastName, westName] = [e.data && short(e.data), w.data && short(w.data)];
  const labels = useMemo(() => ({ province: eastName, inland: westName }), [eastName, westName]);
  if (e.error || w.error)
    return (
      <p className="panel-error" role="alert">
        {t('pair.failed')}
      </p>
    );
  if (!e.data || !w.data || !gdpPerCapita) return <div className="chart-skeleton" role="status" aria-label={t('pair.loading')} />;
  const [ev, wv] = [valueAtOrBefore(e.data.series.gdp_per_capita, year), valueAtOrBefore(w.data.series.gdp_per_capita, year)];
  return (
    <section>
      <h3>{t('pair.title')}</h3>
      {ev && wv && ev.year === wv.year && (
        <p>{t('pair.ratio', { year: ev.year, east: short(e.data), west: short(w.data), ratio: (ev.value / wv.value).toFixed(1) })}</p>
      )}
      <TrendChart rows={rows} labels={labels} indicator={gdpPerCapita} caption={t('pair.unit')} year={year} />
    </section>
  );
}
