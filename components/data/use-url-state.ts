'use client';

import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { parseViewState, serializeViewState, type AdjustedParam, type ViewContext, type ViewState } from '@/lib/url/view-state';
import { applyViewPatch } from '@/lib/story/leave';

export type HistoryMode = 'push' | 'replace';

/** What the address asked for that the view does not show: values left out, years moved to the nearest with data. */
export interface LinkCorrections {
  dropped: string[];
  adjusted: AdjustedParam[];
}

// The address the page was opened at, read once: the app replaces it as the view changes.
const OPENING_ADDRESS = typeof window === 'undefined' ? null : window.location.search;
/** The opening address when it is not the view's canonical one (the only case with anything to report), else null. */
const differingAddress = (canonical: string) => (OPENING_ADDRESS === null || OPENING_ADDRESS.replace(/^\?/, '') === canonical ? null : OPENING_ADDRESS);
const NO_SUBSCRIPTION = () => () => {};

/**
 * The view, mirrored in the address bar: discrete choices push a history entry (so back/forward
 * walk through views), continuous ones (dragging the map, the year slider) replace the current one.
 */
export function useUrlState(initial: ViewState, context: ViewContext | null) {
  const [view, setView] = useState<ViewState>(initial);
  const mode = useRef<HistoryMode | null>(null);
  // The server drew the view the address resolves to, the same for every address that resolves to it
  // (so it keeps one page per view); what this address asked for beyond it is read here, after
  // hydration, by the same parser, reported, and the address replaced by the view shown.
  // Only an address that differs from the view's own makes a snapshot: a render right after
  // hydration would send server-drawn views still hydrating to client rendering (losing early input).
  const canonical = serializeViewState(initial);
  const openedAt = useSyncExternalStore(
    NO_SUBSCRIPTION,
    () => differingAddress(canonical),
    () => null,
  );
  const corrections = useMemo<LinkCorrections | null>(() => {
    if (openedAt === null || !context) return null;
    const { dropped, adjusted } = parseViewState(new URLSearchParams(openedAt), context);
    return dropped.length + adjusted.length > 0 ? { dropped, adjusted } : null;
  }, [openedAt, context]);
  const corrected = useRef(false);
  useEffect(() => {
    if (!corrections || corrected.current) return;
    corrected.current = true;
    window.history.replaceState(null, '', `${window.location.pathname}${canonical ? `?${canonical}` : ''}`);
  }, [corrections, canonical]);

  const update = useCallback((patch: Partial<ViewState>, how: HistoryMode) => {
    mode.current = how;
    setView((v) => applyViewPatch(v, patch));
  }, []);

  useEffect(() => {
    const how = mode.current;
    mode.current = null;
    if (!how) return;
    const qs = serializeViewState(view);
    const url = `${window.location.pathname}${qs ? `?${qs}` : ''}`;
    if (url === `${window.location.pathname}${window.location.search}`) return;
    if (how === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  }, [view]);

  useEffect(() => {
    if (!context) return;
    const onPop = () => setView(parseViewState(new URLSearchParams(window.location.search), context).state);
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [context]);

  return { view, update, corrections };
}
