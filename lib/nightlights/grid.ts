/**
 * The nightlight grid: 0.5° cells over China, each sampled on a 5 × 5 lattice (0.1°) so that
 * small provinces (Shanghai, Tianjin) still get samples and cells straddling borders split fairly.
 */
export const GRID = {
  cellDeg: 0.5,
  samplesPerSide: 5,
  west: 73,
  south: 18,
  east: 135.5,
  north: 54,
} as const;

export const COLS = Math.round((GRID.east - GRID.west) / GRID.cellDeg);
export const ROWS = Math.round((GRID.north - GRID.south) / GRID.cellDeg);

const cellId = (col: number, row: number) => row * COLS + col;

export function cellBounds(id: number): [number, number, number, number] {
  const col = id % COLS;
  const row = Math.floor(id / COLS);
  const w = GRID.west + col * GRID.cellDeg;
  const s = GRID.south + row * GRID.cellDeg;
  return [w, s, w + GRID.cellDeg, s + GRID.cellDeg];
}

/** The sample points of a cell, at the centres of its samplesPerSide² sub-cells. */
export function cellSamples(id: number): Array<[number, number]> {
  const [w, s] = cellBounds(id);
  const step = GRID.cellDeg / GRID.samplesPerSide;
  const out: Array<[number, number]> = [];
  for (let i = 0; i < GRID.samplesPerSide; i++) {
    for (let j = 0; j < GRID.samplesPerSide; j++) out.push([w + (i + 0.5) * step, s + (j + 0.5) * step]);
  }
  return out;
}

/** The cell containing a point, or -1 outside the grid. */
export function cellAt(lng: number, lat: number): number {
  const col = Math.floor((lng - GRID.west) / GRID.cellDeg);
  const row = Math.floor((lat - GRID.south) / GRID.cellDeg);
  return col < 0 || row < 0 || col >= COLS || row >= ROWS ? -1 : cellId(col, row);
}

/** The cell as a GeoJSON polygon ring (counter-clockwise, closed). */
export function cellRing(id: number): Array<[number, number]> {
  const [w, s, e, n] = cellBounds(id);
  return [
    [w, s],
    [e, s],
    [e, n],
    [w, n],
    [w, s],
  ];
}
