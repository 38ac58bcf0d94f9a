/** The nightlight grid as GeoJSON for one year (bbox filtering is done by the layer store). */
import type { FeatureCollection, Polygon } from 'geojson';
import { cellRing } from '../nightlights/grid';
import type { NightlightGrid } from '../nightlights/schema';
import { once } from '../cache/memo';
import { readBuildFile } from './build-files';

export const nightlightGrid = once((): NightlightGrid => JSON.parse(readBuildFile('nightlights.json').toString('utf8')));

// One polygon per cell, shared by every year's collection: the years differ only in brightness.
const cellGeometries = once((): Map<number, Polygon> => new Map(nightlightGrid().cells.map((c) => [c.id, { type: 'Polygon', coordinates: [cellRing(c.id)] }])));

export function nightlightCollection(year?: number): FeatureCollection<Polygon> & { metadata: unknown } {
  const grid = nightlightGrid();
  const y = year ?? grid.years.at(-1)!;
  const i = grid.years.indexOf(y);
  return {
    type: 'FeatureCollection',
    metadata: {
      modeled: true,
      label: 'Modeled proxy — not satellite data',
      method: grid.method,
      year: y,
      years: grid.years,
      unit: 'income-weighted people per km² (index)',
      inequality: grid.inequality,
      inequality_note: 'Gini of brightness across 0.5° cells vs across provincial means: the finer the scale, the deeper the disparity.',
    },
    features:
      i < 0
        ? []
        : grid.cells.map((c) => ({
            type: 'Feature' as const,
            id: c.id,
            properties: { id: c.id, province: c.province, year: y, brightness: c.values[i], modeled: true as const },
            geometry: cellGeometries().get(c.id)!,
          })),
  };
}
