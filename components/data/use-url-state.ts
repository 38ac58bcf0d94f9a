'use client';

import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { parseViewState, serializeViewState, type AdjustedParam, type ViewContext, type ViewState } from '@/lib/url/view-state';
import { heldFromAddress, historyWrite, withChange, type HistoryMode } from '@/lib/url/view-history';

/** What the address asked for that the view does not show: values left out, years moved to the nearest with data. */
export interface LinkCorrections {
  dropped: string[];
  adjusted: AdjustedParam[];
}

// The address the page was opened at, read once: the app replaces it as the view changes.
const OPENING_ADDRESS = typeof window === 'undefined' ? null : window.location.search;
const NO_SUBSCRIPTION = () => () => {};

/** What the opening address asked for that the view does not show, read once per catalogue. */
let openingCorrections: { context: ViewContext; corrections: LinkCorrections | null } | null = null;

/**
 * The opening address's corrections, or null when it has nothing to report: it is the view's canonical
 * address, or differs from it only in spelling (parameters in another order, defaults written out).
 * The value is kept, so the same object comes back on every call (a stable snapshot).
 */
function correctionsOfOpening(canonical: string, context: ViewContext | null): LinkCorrections | null {
  if (OPENING_ADDRESS === null || !context || OPENING_ADDRESS.replace(/^\?/, '') === canonical) return null;
  if (openingCorrections?.context !== context) {
    const { dropped, adjusted } = parseViewState(new URLSearchParams(OPENING_ADDRESS), context);
    openingCorrections = { context, corrections: dropped.length + adjusted.length > 0 ? { dropped, adjusted } : null };
  }
  return openingCorrections.corrections;
}

/**
 * The view, mirrored in the address bar: discrete choices push a history entry (so back/forward
 * walk through views), continuous ones (dragging the map, the year slider) replace the current one.
 */
export function useUrlState(initial: ViewState, context: ViewContext | null) {
  const [held, setHeld] = useState(() => heldFromAddress(initial));
  const view = held.view;
  const changes = useRef(0);
  const pushedUpTo = useRef(0);
  // The server drew the view the address resolves to, the same for every address that resolves to it
  // (so it keeps one page per view); what this address asked for beyond it is read here, after
  // hydration, by the same parser, reported, and the address replaced by the view shown.
  // Only an address with something to report renders again: a render right after hydration sends
  // server-drawn views still hydrating (a view whose code is still loading) to client rendering,
  // which draws them again from scratch and loses early input.
  const canonical = serializeViewState(initial);
  const corrections = useSyncExternalStore(
    NO_SUBSCRIPTION,
    () => correctionsOfOpening(canonical, context),
    () => null,
  );
  const corrected = useRef(false);
  useEffect(() => {
    if (!corrections || corrected.current) return;
    corrected.current = true;
    window.history.replaceState(null, '', `${window.location.pathname}${canonical ? `?${canonical}` : ''}`);
  }, [corrections, canonical]);

  const update = useCallback((patch: Partial<ViewState>, how: HistoryMode) => {
    const id = ++changes.current;
    setHeld((h) => withChange(h, patch, how, id));
  }, []);

  useEffect(() => {
    const how = historyWrite(held, pushedUpTo.current);
    pushedUpTo.current = held.lastPush;
    if (!how) return;
    const qs = serializeViewState(held.view);
    const url = `${window.location.pathname}${qs ? `?${qs}` : ''}`;
    if (url === `${window.location.pathname}${window.location.search}`) return;
    if (how === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  }, [held]);

  useEffect(() => {
    if (!context) return;
    const onPop = () => setHeld((h) => heldFromAddress(parseViewState(new URLSearchParams(window.location.search), context).state, h));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [context]);

  return { view, update, corrections };
}
