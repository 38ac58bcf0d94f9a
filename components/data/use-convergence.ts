'use client';

import useSWR from 'swr';
import type { ConvergenceResponse } from '@/lib/indicators/api-types';
import { convergencePath, measuredRange, type MeasuredRange } from '@/lib/inequality/range';

/** An API error that keeps its status, so a 400 (nothing to measure) reads differently from a failed request. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

async function fetchConvergence(url: string): Promise<ConvergenceResponse> {
  const res = await fetch(url);
  if (!res.ok) {
    const body = (await res.json().catch(() => ({}))) as { message?: string };
    throw new ApiError(body.message ?? `The server answered ${res.status}.`, res.status);
  }
  return res.json();
}

const options = { revalidateOnFocus: false, revalidateIfStale: false, keepPreviousData: true } as const;

/**
 * The inequality measures for the URL's range: the indicator's default range first (its answer lists
 * the years every province has a value in), then, if the URL asks for other years, those moved to
 * the nearest such years. The page's server render puts both answers in the SWR fallback.
 */
export function useConvergence(indicatorId: string | null, wantedFrom: number | null, wantedTo: number | null) {
  const base = useSWR<ConvergenceResponse, ApiError>(indicatorId ? convergencePath(indicatorId) : null, fetchConvergence, options);
  const current = base.data?.indicator === indicatorId ? base.data : undefined;
  const range: MeasuredRange | null = current ? measuredRange(current.complete_years, wantedFrom, wantedTo) : null;
  const isBase = !!range && !!current && range.from === current.from && range.to === current.to;
  const ranged = useSWR<ConvergenceResponse, ApiError>(indicatorId && range && !isBase ? convergencePath(indicatorId, range) : null, fetchConvergence, options);
  const data = isBase
    ? current
    : ranged.data?.indicator === indicatorId && ranged.data.from === range?.from && ranged.data.to === range?.to
      ? ranged.data
      : undefined;
  return {
    data,
    range,
    error: base.error ?? ranged.error,
    retry: () => {
      void base.mutate();
      void ranged.mutate();
    },
  };
}
