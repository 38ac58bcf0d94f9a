/** What a map layer declares about itself: the shape every module in definitions/ fills in. */
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Lang } from '../i18n/messages';

interface LayerSource {
  name: string;
  url?: string;
  licence: string;
}

export interface LegendItem {
  label: string;
  label_zh: string;
  color: string;
  symbol: 'fill' | 'line' | 'dashed-line' | 'circle';
}

/** What the hover card shows for a feature: a title and a few short lines. */
interface TooltipContent {
  title: string;
  lines: string[];
}

/** observed: published facts; reference: a drawn construct (the Hu Line); schematic: an outline we drew; modeled: computed by us. */
export type LayerKind = 'observed' | 'reference' | 'schematic' | 'modeled';

/** A feature's properties as the map or the API hands them over, before anyone looks at which layer they belong to. */
export type FeatureProperties = Record<string, unknown>;

/** `P`: the layer's feature properties (typed from its zod schema inside its own module, untyped in the registry). */
export interface LayerDefinition<Id extends string = string, P = FeatureProperties> {
  id: Id;
  title: string;
  title_zh: string;
  description: string;
  description_zh: string;
  geometryType: 'Polygon' | 'MultiPolygon' | 'LineString' | 'MultiLineString' | 'Point';
  /** For layers that change over time: the years `?year=` accepts. */
  years?: readonly [number, number];
  kind: LayerKind;
  /** False for the base layer that is always drawn; true for overlays behind a checkbox. */
  toggleable: boolean;
  sources: LayerSource[];
  /** Feature property used as the feature id (MapLibre promoteId). */
  idProperty: string;
  /** Features can be named in a deep link's `region` as `<prefix>:<feature id>` (e.g. "cluster:chengdu-chongqing"). */
  deepLinkPrefix?: string;
  /**
   * For layers with too many features to list in a page (the nightlight grid): the rule their linked
   * ids follow, used in place of the list of ids that exist, and the query that reads one feature.
   */
  linkedIds?: { accepts: (featureId: string) => boolean; query: (featureId: string, year: number | null) => string };
  /** Drawn as an opaque fill over the provinces: the map legend then leads with this layer's. */
  coversMap?: boolean;
  /** For temporal layers whose features appear over time: is this feature present in `year`? */
  filterByYear?: (properties: P, year: number) => boolean;
  /** MapLibre style layers drawing this layer, for a source named `sourceId` (GeoJSON, or the tileset below). */
  mapLayers: (sourceId: string) => LayerSpecification[];
  legend: LegendItem[];
  /** Tiled temporal layers: the paint changes that show `year` ([style layer, property, value]). */
  paintForYear?: (year: number) => Array<[string, string, unknown]>;
  /** Drawn from a vector tileset (large layers) instead of the layer's GeoJSON. */
  vectorTiles?: { tileset: string; sourceLayer: string };
  /** `year` is the timeline's year, for layers whose features carry values for many years. */
  tooltip: (properties: P, year?: number, lang?: Lang) => TooltipContent;
}
