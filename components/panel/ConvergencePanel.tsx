'use client';

import dynamic from 'next/dynamic';
import { useEffect } from 'react';
import useSWR from 'swr';
import { fetchJson } from '@/lib/http/fetch-json';
import type { CatalogueIndicator } from '@/lib/indicators/api-types';
import type { ConvergencePoint } from '@/lib/indicators/convergence';
import { InlineError } from '../controls/InlineError';

const ConvergenceChart = dynamic(() => import('../charts/ConvergenceChart'), {
  ssr: false,
  loading: () => <div className="chart-skeleton" aria-hidden="true" />,
});

interface ConvergenceResponse {
  indicator: CatalogueIndicator;
  method: string;
  points: ConvergencePoint[];
}

/** The brief's question, answered from the data: is the spread of GDP per capita across provinces narrowing? */
export function ConvergencePanel({ onClose }: { onClose: () => void }) {
  const { data, error, mutate } = useSWR<ConvergenceResponse>('/api/convergence?indicator=gdp_per_capita', fetchJson, { revalidateOnFocus: false });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  const first = data?.points[0];
  const last = data?.points.at(-1);
  return (
    <aside className="region-panel" aria-label="Are gaps closing?">
      <header>
        <h2>Are gaps starting to close?</h2>
        <button type="button" className="close" onClick={onClose} aria-label="Close">
          ×
        </button>
      </header>
      {error && <InlineError what="The overview" error={error} onRetry={() => mutate()} />}
      {!data && !error && <div className="chart-skeleton" role="status" aria-label="Loading" />}
      {data && first && last && (
        <>
          <p>
            GDP per capita: the spread across the 31 provinces {last.cv < first.cv ? "fell" : last.cv > first.cv ? "rose" : "stayed"} from {first.cv} in {first.year} to {last.cv} in {last.year}; the
            coastal provinces’ figure went from {first.coastal_inland_ratio}× to {last.coastal_inland_ratio}× the inland provinces’.
          </p>
          <ConvergenceChart points={data.points} />
          <p className="note">{data.method}</p>
          {data.points.some((p) => p.estimates > 0) && (
            <p className="note">
              Years {data.points.filter((p) => p.estimates > 0).map((p) => p.year).join(', ').replace(/(\d{4}), .*, (\d{4})/, '$1–$2')} use
              estimated provincial GDP per capita (GDP ÷ year-end population), since published figures were not found for them.
            </p>
          )}
        </>
      )}
    </aside>
  );
}
