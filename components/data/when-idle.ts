'use client';

import { useEffect } from 'react';
import { loadRegionCharts } from '../charts/load-region-charts';
import { VIEW_LOADERS } from '../views/load-views';
import { PANEL_LOADERS } from '../panel/load-panels';
import { FIRST_MAP_ATTRIBUTES, firstMapSettled } from '../map/first-map-state';

/** How long the prefetch waits for the map before it goes ahead anyway (a map that failed never settles). */
const MAP_WAIT_MS = 15_000;
/** How long after the map the prefetch waits. */
const AFTER_MAP_MS = 1000;

/**
 * Runs `task` once the page has loaded, the map has been drawn (or stands as the server's drawing)
 * and the browser is idle, so that nothing the first map needs (the page's scripts, the map's library,
 * its worker, tiles) is queued behind it. The map must be waited for, not only the idle: while
 * MapLibre's worker decodes tiles the page's own thread is idle, and on two cores what runs then
 * delays the map. Then it waits AFTER_MAP_MS more: the moment the map appears is when a reader first
 * reaches for the controls, and the prefetch's work (the scripts run, the charts' warm-up) then delayed
 * the first indicator switch (switching at once, median 403 ms with it and 168 ms with its scripts
 * blocked, 9 loads each here). Returns a cancel function.
 */
export function whenIdle(task: () => void): () => void {
  let cancelled = false;
  let idleHandle: number | undefined;
  let mapTimer: number | undefined;
  let observer: MutationObserver | undefined;
  let graceTimer: number | undefined;
  const runWhenIdle = () => {
    if (cancelled || idleHandle !== undefined) return;
    // Safari has no requestIdleCallback: a short timeout stands in for it.
    if (typeof window.requestIdleCallback === 'function') idleHandle = window.requestIdleCallback(() => !cancelled && task(), { timeout: 2000 });
    else idleHandle = window.setTimeout(() => !cancelled && task(), 200);
  };
  const startGrace = () => {
    if (cancelled || graceTimer !== undefined) return;
    observer?.disconnect();
    window.clearTimeout(mapTimer);
    graceTimer = window.setTimeout(runWhenIdle, AFTER_MAP_MS);
  };
  const afterMap = () => {
    if (cancelled) return;
    if (firstMapSettled()) return startGrace();
    observer = new MutationObserver(() => firstMapSettled() && startGrace());
    observer.observe(document.documentElement, { attributes: true, attributeFilter: FIRST_MAP_ATTRIBUTES });
    mapTimer = window.setTimeout(startGrace, MAP_WAIT_MS);
  };
  if (document.readyState === 'complete') afterMap();
  else window.addEventListener('load', afterMap, { once: true });
  return () => {
    cancelled = true;
    window.removeEventListener('load', afterMap);
    observer?.disconnect();
    window.clearTimeout(mapTimer);
    window.clearTimeout(graceTimer);
    if (idleHandle !== undefined) (window.cancelIdleCallback ?? window.clearTimeout)(idleHandle);
  };
}

/** The code a reader's next click needs (a province's panel and charts, the other views), fetched when idle. */
const LATER = [...PANEL_LOADERS, loadRegionCharts, ...VIEW_LOADERS];

/**
 * Prefetches LATER once the map is drawn and the browser idle (the panels' data is in the values
 * panel, which comes with the page's scripts), then calls `onLoaded` (keep it stable: a new one starts
 * again) if all the code came; a chunk that fails loads again when it is opened.
 */
export function usePrefetchWhenIdle(onLoaded: () => void): void {
  useEffect(() => whenIdle(() => void Promise.all(LATER.map((load) => load())).then(onLoaded, () => undefined)), [onLoaded]);
}
