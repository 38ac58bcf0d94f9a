/** What a deep link may name: indicators from the catalogue, overlays from the registry, provinces by code, groups by id. */
import { LAYERS } from '../layers/registry';
import { provinceByCode } from '../regions/provinces';
import { groupById } from '../indicators/groups';
import type { ViewContext } from './view-state';

export function viewContext(indicatorIds: readonly string[]): ViewContext {
  return {
    indicators: indicatorIds,
    layers: LAYERS.filter((l) => l.toggleable).map((l) => l.id),
    isRegion: (id) => provinceByCode(id) !== undefined || groupById(id) !== undefined,
  };
}
