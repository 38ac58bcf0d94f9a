'use client';

import useSWR, { preload } from 'swr';
import { fetchJson } from '@/lib/http/fetch-json';
import type { RegionSeries } from '@/lib/indicators/api-types';
import { CHINA_CODE, provinceByCode } from '@/lib/regions/provinces';

const regionKey = (code: string) => `/api/regions/${encodeURIComponent(code)}`;

export const useRegion = (code: string | null) => useSWR<RegionSeries>(code ? regionKey(code) : null, fetchJson, { revalidateOnFocus: false });

/** The places every province's panel draws beside it, whichever the province: China, the coastal and inland groups. */
export const SHARED_COMPARISONS: readonly string[] = [CHINA_CODE, 'coastal', 'inland'];

/** The places a place's panel draws beside it: a province's also its economic region; a group's only China. */
export function comparisonsOf(code: string): string[] {
  const province = provinceByCode(code);
  return province ? [...SHARED_COMPARISONS, province.region] : [CHINA_CODE];
}

const preloaded = new Set<string>();

/**
 * Starts fetching places' series before a panel asks for them (useRegion then takes over the same
 * request), once per page: the data is fixed for a build. A failed one shows as the panel's error, with its retry.
 */
export function preloadRegions(codes: readonly string[]): void {
  for (const code of codes) {
    if (preloaded.has(code)) continue;
    preloaded.add(code);
    void preload(regionKey(code), fetchJson)?.catch(() => undefined);
  }
}
