/**
 * What became of the server-drawn first map, as attributes on <html> that the page's CSS reads
 * (components/map/first-map.css): data-map-shown once MapLibre has drawn the same view,
 * data-map-static where there is no WebGL2 and the drawing stays as the map.
 */
export type FirstMapState = 'shown' | 'static';

const ATTRIBUTE: Record<FirstMapState, string> = { shown: 'data-map-shown', static: 'data-map-static' };

export function markFirstMap(state: FirstMapState): void {
  document.documentElement.setAttribute(ATTRIBUTE[state], 'true');
}

/** Whether the map has settled either way: drawn by MapLibre, or left as the server's drawing. */
export function firstMapSettled(root: Element = document.documentElement): boolean {
  return Object.values(ATTRIBUTE).some((name) => root.hasAttribute(name));
}

/** The attributes to watch for firstMapSettled (a MutationObserver's attributeFilter). */
export const FIRST_MAP_ATTRIBUTES = Object.values(ATTRIBUTE);
