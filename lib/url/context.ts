/** What a deep link may name: indicators from the catalogue, overlays from the registry, provinces by code, groups by id, layer features by link id. */
import { LAYERS, layerById } from '../layers/registry';
import { parseFeatureLink } from '../layers/feature-link';
import { provinceByCode } from '../regions/provinces';
import { groupById } from '../indicators/groups';
import type { ViewContext } from './view-state';
import { storyById } from '../story/stories';

/** A feature of a layer too large to list, named by an id its layer's rule accepts ("cell:…"). */
function followsLinkRule(id: string): boolean {
  const link = parseFeatureLink(id);
  return !!link && !!layerById(link.layerId)?.linkedIds;
}

/** `featureLinks`: the "cluster:…", "hub:…" ids of features that exist (the server knows them). */
export function viewContext(indicatorIds: readonly string[], featureLinks: readonly string[] = [], yearsOf?: ViewContext['yearsOf']): ViewContext {
  const features = new Set(featureLinks);
  return {
    yearsOf,
    storySteps: (id) => storyById(id)?.steps.map((s) => s.view),
    indicators: indicatorIds,
    layers: LAYERS.filter((l) => l.toggleable).map((l) => l.id),
    isRegion: (id) => provinceByCode(id) !== undefined || groupById(id) !== undefined || features.has(id) || followsLinkRule(id),
  };
}
