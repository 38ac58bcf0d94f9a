import { FEATURE_SCHEMAS } from '../layers/feature-schemas';
import { layerApiPath, type RegisteredLayer } from '../layers/registry';

/** The public description of a layer, as served by GET /api/layers. */
export function layerCatalogueEntry(l: RegisteredLayer) {
  return {
    id: l.id,
    title: l.title,
    title_zh: l.title_zh,
    description: l.description,
    description_zh: l.description_zh,
    geometryType: l.geometryType,
    temporal: !!l.years,
    years: l.years ?? null,
    kind: l.kind,
    modeled: l.kind === 'modeled',
    sources: l.sources,
    licence: l.sources.map((s) => s.licence).join('; '),
    url: layerApiPath(l.id),
    tiles: l.vectorTiles ? `/api/tiles/${l.vectorTiles.tileset}` : null,
    properties: Object.keys(FEATURE_SCHEMAS[l.id].shape),
  };
}
