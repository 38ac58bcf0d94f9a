'use client';

import useSWR from 'swr';
import { fetchJson } from '@/lib/http/fetch-json';
import type { ValuesPanel } from '@/lib/indicators/api-types';

/**
 * Every indicator × year × place, from the content-hashed URL the catalogue names (`panel`), or
 * nothing while `url` is null: fetched once (the data changes only with a build, and so does the URL).
 */
export const usePanel = (url: string | null) =>
  useSWR<ValuesPanel>(url, fetchJson, { revalidateOnFocus: false, revalidateIfStale: false, keepPreviousData: true });
