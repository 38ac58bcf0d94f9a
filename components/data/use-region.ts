'use client';

import { useMemo } from 'react';
import useSWR from 'swr';
import { fetchJson } from '@/lib/http/fetch-json';
import type { Catalogue, RegionSeries, ValuesPanel } from '@/lib/indicators/api-types';
import { panelRegionSeries } from '@/lib/indicators/panel';
import { CHINA_CODE, provinceByCode } from '@/lib/regions/provinces';
import { useCatalogue } from './use-indicators';
import { usePanel } from './use-panel';

/** The places every province's panel draws beside it, whichever the province: China, the coastal and inland groups. */
const SHARED_COMPARISONS: readonly string[] = [CHINA_CODE, 'coastal', 'inland'];

/** The places a place's panel draws beside it: a province's also its economic region; a group's only China. */
export function comparisonsOf(code: string): string[] {
  const province = provinceByCode(code);
  return province ? [...SHARED_COMPARISONS, province.region] : [CHINA_CODE];
}

/** Each place's series as read from a panel, read once: the panel is fixed for a build, and a chart then gets the same object again. */
const readFromPanel = new WeakMap<ValuesPanel, Map<string, RegionSeries>>();

function seriesFromPanel(panel: ValuesPanel, catalogue: Catalogue, code: string): RegionSeries | undefined {
  const region = catalogue.regions.find((r) => r.code === code);
  if (!region) return undefined;
  let read = readFromPanel.get(panel);
  if (!read) readFromPanel.set(panel, (read = new Map()));
  let series = read.get(code);
  if (!series) {
    series = panelRegionSeries(
      panel,
      catalogue.indicators.map((i) => i.id),
      catalogue.regions,
      region,
    );
    read.set(code, series);
  }
  return series;
}

/**
 * A place's every series, its ranks and their sources. Once the values panel has arrived (it is asked
 * for as soon as the page's scripts run), they are read from it with no request, by the function
 * GET /api/regions answers with (lib/indicators/panel.ts), so a click draws its charts at once; until
 * then, or if it cannot be had, they are fetched. They are fixed for a build: what came is not fetched again.
 */
export function useRegion(code: string | null) {
  const { data: catalogue } = useCatalogue();
  const { data: panel } = usePanel(catalogue ? catalogue.panel : null);
  const fromPanel = useMemo(() => (panel && catalogue && code ? seriesFromPanel(panel, catalogue, code) : undefined), [panel, catalogue, code]);
  const fetched = useSWR<RegionSeries>(!fromPanel && code ? `/api/regions/${encodeURIComponent(code)}` : null, fetchJson, {
    revalidateOnFocus: false,
    revalidateIfStale: false,
  });
  return fromPanel ? { data: fromPanel, error: undefined, isLoading: false, mutate: fetched.mutate } : fetched;
}
