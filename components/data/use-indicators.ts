'use client';

import useSWR from 'swr';
import { fetchJson } from '@/lib/http/fetch-json';
import type { Catalogue, IndicatorYear } from '@/lib/indicators/api-types';

// The data only changes with a new build: what the server put in the page (SWR fallback) is not refetched.
const options = { revalidateOnFocus: false, revalidateIfStale: false, keepPreviousData: true } as const;

export const useCatalogue = () => useSWR<Catalogue>('/api/indicators', fetchJson, options);

export const useIndicatorYear = (id: string | null, year: number | null) =>
  useSWR<IndicatorYear>(id && year ? `/api/indicators/${encodeURIComponent(id)}?year=${year}` : null, fetchJson, options);
