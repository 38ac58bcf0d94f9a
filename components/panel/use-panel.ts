'use client';

import { useEffect, useRef } from 'react';

/**
 * A details panel's keyboard behaviour: focus moves into it when it opens (so a keyboard reader
 * lands on what they opened), Escape closes it, and focus goes back to whatever opened it.
 */
export function usePanel<T extends HTMLElement>(onClose: () => void) {
  const ref = useRef<T>(null);
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
    const panel = ref.current;
    panel?.focus({ preventScroll: true });
    return () => {
      // Only when focus was in the panel (gone with it, to the body): a reader who moved on keeps their place.
      const lost = document.activeElement === document.body || !!panel?.contains(document.activeElement);
      if (opener?.isConnected && lost) opener.focus({ preventScroll: true });
    };
  }, []);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  return ref;
}
