'use client';

import useSWR from 'swr';
import { fetchJson } from '@/lib/http/fetch-json';
import type { ValuesPanel } from '@/lib/indicators/api-types';

import { PANEL_URL } from '@/lib/indicators/panel';

/** Every indicator × year × place, fetched once when a view other than the map needs it (the data changes only with a build). */
export const usePanel = (needed: boolean) =>
  useSWR<ValuesPanel>(needed ? PANEL_URL : null, fetchJson, { revalidateOnFocus: false, revalidateIfStale: false, keepPreviousData: true });
