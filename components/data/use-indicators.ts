'use client';

import { useMemo } from 'react';
import useSWR from 'swr';
import { fetchJson } from '@/lib/http/fetch-json';
import type { Catalogue, IndicatorYear } from '@/lib/indicators/api-types';
import { panelIndicatorYear } from '@/lib/indicators/panel';
import { usePanel } from './use-panel';
import { useIdle } from './when-idle';

// The data only changes with a new build: what the server put in the page (SWR fallback) is not refetched.
const options = { revalidateOnFocus: false, revalidateIfStale: false, keepPreviousData: true } as const;

export const useCatalogue = () => useSWR<Catalogue>('/api/indicators', fetchJson, options);

/**
 * One indicator's values in one year. Once the page is idle the whole values panel arrives (one
 * immutable request); from then on every indicator and year is read from it, with no request, by the
 * same function the API answers with. Before that, or if the panel cannot be had, the year is fetched.
 */
export function useIndicatorYear(id: string | null, year: number | null) {
  const { data: catalogue } = useCatalogue();
  const idle = useIdle();
  const { data: panel } = usePanel(idle && catalogue ? catalogue.panel : null);
  const fromPanel = useMemo(() => {
    const indicator = catalogue?.indicators.find((i) => i.id === id);
    return panel && catalogue && indicator && year ? panelIndicatorYear(panel, indicator, catalogue.regions, year) : undefined;
  }, [panel, catalogue, id, year]);
  const fetched = useSWR<IndicatorYear>(!fromPanel && id && year ? `/api/indicators/${encodeURIComponent(id)}?year=${year}` : null, fetchJson, options);
  return fromPanel ? { data: fromPanel, error: undefined, mutate: fetched.mutate } : fetched;
}
