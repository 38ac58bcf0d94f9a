'use client';

import dynamic from 'next/dynamic';
import { useEffect } from 'react';
import useSWR from 'swr';
import { fetchJson } from '@/lib/http/fetch-json';
import type { ConvergenceResponse } from '@/lib/indicators/api-types';
import { InlineError } from '../controls/InlineError';
import { useI18n } from '@/components/i18n/use-i18n';

const ConvergenceChart = dynamic(() => import('../charts/ConvergenceChart'), {
  ssr: false,
  loading: () => <div className="chart-skeleton" aria-hidden="true" />,
});

/** The brief's question, answered from the data: is the spread of GDP per capita across provinces narrowing? */
export function ConvergencePanel({ onClose }: { onClose: () => void }) {
  const { data, error, mutate } = useSWR<ConvergenceResponse>('/api/convergence?indicator=gdp_per_capita', fetchJson, { revalidateOnFocus: false });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  const { t } = useI18n();
  const first = data?.years[0];
  const last = data?.years.at(-1);
  return (
    <aside className="region-panel" aria-label={t('app.question')}>
      <header>
        <h2>{t('app.question')}</h2>
        <button type="button" className="close" onClick={onClose} aria-label={t('common.close')}>
          ×
        </button>
      </header>
      {error && <InlineError what={t('what.overview')} error={error} onRetry={() => mutate()} />}
      {!data && !error && <div className="chart-skeleton" role="status" aria-label={t('common.loading')} />}
      {data && first && last && (
        <>
          <p>
            {t('convergence.summary', {
              trend: t(
                last.cv_weighted < first.cv_weighted ? 'convergence.fell' : last.cv_weighted > first.cv_weighted ? 'convergence.rose' : 'convergence.stayed',
              ),
              firstCv: first.cv_weighted.toFixed(3),
              firstYear: first.year,
              lastCv: last.cv_weighted.toFixed(3),
              lastYear: last.year,
              firstRatio: first.coastal_inland_ratio?.toFixed(2) ?? '—',
              lastRatio: last.coastal_inland_ratio?.toFixed(2) ?? '—',
            })}
          </p>
          <ConvergenceChart points={data.years} />
          <p className="note">{data.method}</p>
          {data.years.some((p) => p.estimates > 0) && (
            <p className="note">{t('convergence.estimates', { years: yearSpan(data.years.filter((p) => p.estimates > 0).map((p) => p.year)) })}</p>
          )}
        </>
      )}
    </aside>
  );
}

/** "2005–2018" for a run of years, else the years listed. */
function yearSpan(years: number[]): string {
  const consecutive = years.every((y, i) => i === 0 || y === years[i - 1] + 1);
  return consecutive && years.length > 2 ? `${years[0]}–${years.at(-1)}` : years.join(', ');
}
