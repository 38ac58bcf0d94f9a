/**
 * Layer features in a deep link's `region`: "<prefix>:<feature id>", the prefix declared by the
 * layer in the registry ("cluster:chengdu-chongqing", "hub:wuhan", "pair:320000-630000-2016",
 * "cell:5352"); a layer with a rule for its ids (the nightlight grid) has it applied here too.
 */
import { LAYERS, layerById, type LayerId } from './registry';

export interface FeatureLink {
  layerId: LayerId;
  featureId: string;
}

const FEATURE_ID = /^[a-z0-9][a-z0-9-]{0,79}$/;
const LAYER_BY_PREFIX = new Map<string, LayerId>(LAYERS.filter((l) => l.deepLinkPrefix).map((l) => [l.deepLinkPrefix!, l.id]));
const PREFIX_BY_LAYER = new Map<string, string>([...LAYER_BY_PREFIX].map(([prefix, layerId]) => [layerId, prefix]));
const wellFormed = (layerId: LayerId | string, id: string) => FEATURE_ID.test(id) && (layerById(layerId)?.linkedIds?.accepts(id) ?? true);

/** The `region` value naming a feature, or null when its layer cannot be deep-linked. */
export function featureLinkId(layerId: string, featureId: string | number): string | null {
  const prefix = PREFIX_BY_LAYER.get(layerId);
  const id = String(featureId);
  return prefix && wellFormed(layerId, id) ? `${prefix}:${id}` : null;
}

/** Splits a `region` value into layer and feature id; null unless it is well formed (existence is checked elsewhere). */
export function parseFeatureLink(value: string): FeatureLink | null {
  const colon = value.indexOf(':');
  if (colon < 1) return null;
  const layerId = LAYER_BY_PREFIX.get(value.slice(0, colon));
  const featureId = value.slice(colon + 1);
  return layerId && wellFormed(layerId, featureId) ? { layerId, featureId } : null;
}
