'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { parseViewState, serializeViewState, type ViewContext, type ViewState } from '@/lib/url/view-state';
import { applyViewPatch } from '@/lib/story/leave';

export type HistoryMode = 'push' | 'replace';

/**
 * The view, mirrored in the address bar: discrete choices push a history entry (so back/forward
 * walk through views), continuous ones (dragging the map, the year slider) replace the current one.
 */
export function useUrlState(initial: ViewState, context: ViewContext | null, correctInitialUrl = false) {
  const [view, setView] = useState<ViewState>(initial);
  // A link with dropped or adjusted values is replaced by the view actually shown.
  const mode = useRef<HistoryMode | null>(correctInitialUrl ? 'replace' : null);

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

  return { view, update };
}
