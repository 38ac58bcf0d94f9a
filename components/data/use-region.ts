'use client';

import useSWR from 'swr';
import { fetchJson } from '@/lib/http/fetch-json';
import type { RegionSeries } from '@/lib/indicators/api-types';

export const useRegion = (code: string | null) =>
  useSWR<RegionSeries>(code ? `/api/regions/${encodeURIComponent(code)}` : null, fetchJson, { revalidateOnFocus: false });
