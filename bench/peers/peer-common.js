/* Shared by the peer pages, as globals: their data, China's bounds, and "painted". */
Object.assign(window, {
  CHINA_BOUNDS: [73.6, 15.7, 134.8, 53.6],
  peerData: () => fetch('/peer-data.json').then((r) => r.json()),
  /** Resolves once a frame with the latest drawing has been painted. */
  afterPaint: () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
});
