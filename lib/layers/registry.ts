/**
 * The one declaration of every map layer: what it is, where its numbers come from, how it is drawn.
 * Server routes, the map controller, legends, toggles and the catalogue API all read this registry.
 */
import { z } from '../zod';
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { PROVINCES_SOURCE } from './provinces-source';

export interface LayerSource {
  name: string;
  url?: string;
  licence: string;
}

export type LayerKind = 'observed' | 'modeled' | 'schematic';

export interface LayerDefinition {
  id: string;
  title: string;
  description: string;
  geometryType: 'Polygon' | 'MultiPolygon' | 'LineString' | 'MultiLineString' | 'Point';
  temporal: boolean;
  kind: LayerKind;
  /** False for the base layer that is always drawn; true for overlays behind a checkbox. */
  toggleable: boolean;
  sources: LayerSource[];
  /** Feature property used as the feature id (MapLibre promoteId). */
  idProperty: string;
  properties: z.ZodObject;
  /** MapLibre style layers drawing this layer, for a GeoJSON source named `sourceId`. */
  mapLayers: (sourceId: string) => LayerSpecification[];
}

export const provinceProperties = z.object({
  code: z.string().regex(/^\d{6}$/),
  name_en: z.string().min(1),
  name_zh: z.string().min(1),
  region: z.enum(['east', 'central', 'west', 'northeast']),
  coastal: z.boolean(),
});

const provinces: LayerDefinition = {
  id: 'provinces',
  title: 'Provinces',
  description: "The 31 provincial-level divisions of mainland China with GB/T 2260 codes, names in English and Chinese, NBS economic region and whether they are coastal.",
  geometryType: 'MultiPolygon',
  temporal: false,
  kind: 'observed',
  toggleable: false,
  sources: [{ name: PROVINCES_SOURCE.source, url: PROVINCES_SOURCE.url, licence: PROVINCES_SOURCE.licence }],
  idProperty: 'code',
  properties: provinceProperties,
  mapLayers: (source) => [
    {
      id: 'provinces-fill',
      type: 'fill',
      source,
      paint: {
        'fill-color': ['case', ['boolean', ['feature-state', 'hover'], false], '#9fb8cf', '#c8d3de'],
        'fill-opacity': 0.55,
      },
    },
    {
      id: 'provinces-outline',
      type: 'line',
      source,
      // The basemap draws every border; this layer only outlines the province under the pointer.
      paint: { 'line-color': '#1f2a33', 'line-width': ['case', ['boolean', ['feature-state', 'hover'], false], 2, 0] },
    },
  ],
};

export const LAYERS: readonly LayerDefinition[] = [provinces];

const BY_ID = new Map(LAYERS.map((l) => [l.id, l]));

export function layerById(id: string): LayerDefinition | undefined {
  return BY_ID.get(id);
}

export const layerApiPath = (id: string) => `/api/layers/${encodeURIComponent(id)}`;

/** The public description of a layer, as served by GET /api/layers. */
export function layerCatalogueEntry(l: LayerDefinition) {
  return {
    id: l.id,
    title: l.title,
    description: l.description,
    geometryType: l.geometryType,
    temporal: l.temporal,
    kind: l.kind,
    modeled: l.kind === 'modeled',
    sources: l.sources,
    licence: l.sources.map((s) => s.licence).join('; '),
    url: layerApiPath(l.id),
    properties: Object.keys(l.properties.shape),
  };
}
