'use client';

import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The width of an element's content box, read after it is laid out and before the browser paints it.
 * A chart given it (RegionCharts.tsx, `width`) draws in the same frame as the panel that holds it:
 * recharts' ResponsiveContainer otherwise draws nothing until it has measured itself after that
 * frame, and on a click that frame (the map drawing the selection) cost about 0.1 s here.
 * Undefined until measured, and where the element has no width (not displayed).
 */
export function useContentWidth(ref: RefObject<HTMLElement | null>): number | undefined {
  const [width, setWidth] = useState<number>();
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const style = getComputedStyle(el);
    const content = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    if (content > 0) setWidth(Math.round(content));
  }, [ref]);
  return width;
}
