'use client';

import { useEffect } from 'react';
import { loadRegionCharts } from '../charts/load-region-charts';
import { VIEW_LOADERS } from '../views/load-views';
import { PANEL_LOADERS } from '../panel/load-panels';

/**
 * Runs `task` once the page has loaded and the browser is idle, so that what the first paint needs
 * (the page's scripts, the map's library, tiles) is never queued behind it. Returns a cancel function.
 */
export function whenIdle(task: () => void): () => void {
  let cancelled = false;
  let idleHandle: number | undefined;
  const schedule = () => {
    if (cancelled) return;
    // Safari has no requestIdleCallback: a short timeout after load stands in for it.
    if (typeof window.requestIdleCallback === 'function') idleHandle = window.requestIdleCallback(() => !cancelled && task(), { timeout: 2000 });
    else idleHandle = window.setTimeout(() => !cancelled && task(), 200);
  };
  if (document.readyState === 'complete') schedule();
  else window.addEventListener('load', schedule, { once: true });
  return () => {
    cancelled = true;
    window.removeEventListener('load', schedule);
    if (idleHandle !== undefined) (window.cancelIdleCallback ?? window.clearTimeout)(idleHandle);
  };
}

/** The code a reader's next click needs (a province's panel and charts, the other views), fetched when idle. */
const LATER = [...PANEL_LOADERS, loadRegionCharts, ...VIEW_LOADERS];

/** Prefetches LATER once the map's first paint is done; a chunk that fails loads again when it is opened. */
export function usePrefetchWhenIdle(): void {
  useEffect(() => whenIdle(() => LATER.forEach((load) => load().catch(() => undefined))), []);
}
