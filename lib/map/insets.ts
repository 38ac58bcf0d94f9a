/**
 * How much of the map the page's panels cover, edge by edge, so the camera can frame things in what
 * is left: the first view fits China there, and a selected province is brought out from under a
 * bottom sheet or a side panel. Pure: the map view measures the rectangles, the controller moves.
 */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export const NO_PADDING: Readonly<Padding> = { top: 0, right: 0, bottom: 0, left: 0 };

/**
 * How far in from each edge of `map` the overlays reach. Each overlay counts against the one edge
 * where treating it as a band hides the least map: a bar across the top is a top inset, a column
 * on the left a left inset, a bottom sheet a bottom inset. Overlays off the map or with no size
 * (hidden) count for nothing.
 */
export function coveredInsets(map: Rect, overlays: readonly Rect[]): Padding {
  const width = map.right - map.left;
  const height = map.bottom - map.top;
  const insets = { ...NO_PADDING };
  for (const o of overlays) {
    const left = Math.max(o.left, map.left);
    const right = Math.min(o.right, map.right);
    const top = Math.max(o.top, map.top);
    const bottom = Math.min(o.bottom, map.bottom);
    if (right <= left || bottom <= top) continue;
    const bands: Array<[keyof Padding, number, number]> = [
      ['top', bottom - map.top, (bottom - map.top) * width],
      ['bottom', map.bottom - top, (map.bottom - top) * width],
      ['left', right - map.left, (right - map.left) * height],
      ['right', map.right - left, (map.right - left) * height],
    ];
    const [edge, depth] = bands.reduce((best, band) => (band[2] < best[2] ? band : best));
    insets[edge] = Math.max(insets[edge], depth);
  }
  return insets;
}

/**
 * Camera padding for framing into the uncovered part: the insets plus a margin, shrunk (each axis
 * on its own) so that at least `minFree` of the map's width and height stays to frame into.
 */
export function framePadding(size: { width: number; height: number }, insets: Padding, margin = 8, minFree = 0.25): Padding {
  const axis = (a: number, b: number, length: number): [number, number] => {
    const [pa, pb] = [a + margin, b + margin];
    const room = length * (1 - minFree);
    if (pa + pb <= room) return [pa, pb];
    const k = room / (pa + pb);
    return [Math.floor(pa * k), Math.floor(pb * k)];
  };
  const [top, bottom] = axis(insets.top, insets.bottom, size.height);
  const [left, right] = axis(insets.left, insets.right, size.width);
  return { top, right, bottom, left };
}

/** Whether a box (in the map's pixels) lies inside the map less the padding. */
export const fitsInside = (box: Rect, size: { width: number; height: number }, padding: Padding) =>
  box.left >= padding.left && box.right <= size.width - padding.right && box.top >= padding.top && box.bottom <= size.height - padding.bottom;
