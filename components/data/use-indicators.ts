'use client';

import { useMemo } from 'react';
import useSWR from 'swr';
import { fetchJson } from '@/lib/http/fetch-json';
import type { Catalogue, IndicatorYear } from '@/lib/indicators/api-types';
import { panelIndicatorYear } from '@/lib/indicators/panel';
import { usePanel } from './use-panel';

// The data only changes with a new build: what the server put in the page (SWR fallback) is not refetched.
const options = { revalidateOnFocus: false, revalidateIfStale: false, keepPreviousData: true } as const;

export const useCatalogue = () => useSWR<Catalogue>('/api/indicators', fetchJson, options);

/**
 * One indicator's values in one year. The whole values panel is asked for as soon as the page's
 * scripts run (they start after the first frame: app/page.tsx's first map is painted by then); from
 * then on every indicator and year is read from it, with no request, by the same function the API
 * answers with. Until it arrives, or if it cannot be had, the year is fetched.
 */
export function useIndicatorYear(id: string | null, year: number | null) {
  const { data: catalogue } = useCatalogue();
  const { data: panel } = usePanel(catalogue ? catalogue.panel : null);
  const fromPanel = useMemo(() => {
    const indicator = catalogue?.indicators.find((i) => i.id === id);
    return panel && catalogue && indicator && year ? panelIndicatorYear(panel, indicator, catalogue.regions, year) : undefined;
  }, [panel, catalogue, id, year]);
  const fetched = useSWR<IndicatorYear>(!fromPanel && id && year ? `/api/indicators/${encodeURIComponent(id)}?year=${year}` : null, fetchJson, options);
  return fromPanel ? { data: fromPanel, error: undefined, mutate: fetched.mutate } : fetched;
}
