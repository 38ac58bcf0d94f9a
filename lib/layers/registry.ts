/**
 * The one list of map layers. Each layer is one module in definitions/ (what it is, where its numbers
 * come from, how it is drawn, its texts in the message catalogue); server routes, the map controller,
 * legends, toggles and the catalogue API all read this list. The properties each layer's features must
 * have are in feature-schemas.ts (server and build only; the browser gets their types).
 */
import { huLine } from './definitions/hu-line';
import { provinces } from './definitions/provinces';
import { railHubs } from './definitions/rail-hubs';
import { cityClusters } from './definitions/city-clusters';
import { collaborationPairs } from './definitions/collaboration-pairs';
import { focusCities } from './definitions/focus-cities';
import { nightlights } from './definitions/nightlights';
import type { LayerDefinition } from './types';

export type { LayerDefinition, LayerKind, LegendItem } from './types';

/** In drawing order, bottom first. */
export const LAYERS = [provinces, nightlights, huLine, cityClusters, railHubs, collaborationPairs, focusCities] as const;

export type LayerId = (typeof LAYERS)[number]['id'];
export type RegisteredLayer = LayerDefinition<LayerId>;

const BY_ID = new Map<string, RegisteredLayer>(LAYERS.map((l) => [l.id, l]));

/** `id` as it arrives (a URL, a route parameter); undefined unless it names a layer. */
export function layerById(id: string): RegisteredLayer | undefined {
  return BY_ID.get(id);
}

export const layerApiPath = (id: string) => `/api/layers/${encodeURIComponent(id)}`;
