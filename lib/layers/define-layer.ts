/** How a module in definitions/ declares its layer: texts from the message catalogue, properties typed by the layer's schema. */
import { translate, type Lang, type MessageKey, type Vars } from '../i18n/messages';
import type { LayerProperties } from './feature-schemas';
import type { LayerDefinition, LegendItem } from './types';

/** Ids that have a feature schema: a layer without one fails to compile. */
type LayerSchemaId = keyof LayerProperties;

/** A layer module's declaration. Its title and description are the catalogue's `layer.<id>.title` and `layer.<id>.description`. */
type LayerSpec<Id extends LayerSchemaId, P> = Omit<LayerDefinition<Id, P>, 'title' | 'title_zh' | 'description' | 'description_zh'> & {
  /** Placeholders of the description, the same in both languages. */
  descriptionVars?: Vars;
};

/**
 * `P` defaults to the layer's schema; a tiled layer whose tiles carry other fields names its own.
 * The result is untyped in its properties: the registry holds every layer alike.
 */
export function defineLayer<const Id extends LayerSchemaId, P = LayerProperties[Id]>({ descriptionVars, ...spec }: LayerSpec<Id, P>): LayerDefinition<Id> {
  const text = (field: 'title' | 'description', lang: Lang) =>
    translate(lang, `layer.${spec.id}.${field}`, field === 'description' ? descriptionVars : undefined);
  const layer: LayerDefinition<Id, P> = {
    ...spec,
    title: text('title', 'en'),
    title_zh: text('title', 'zh'),
    description: text('description', 'en'),
    description_zh: text('description', 'zh'),
  };
  // Tooltips and filters only see features the geo build wrote and the server serves after checking them against this layer's schema.
  return layer as unknown as LayerDefinition<Id>;
}

/** A legend row labelled by a catalogue message, in both languages. */
export function legendItem(key: MessageKey, color: string, symbol: LegendItem['symbol'], vars?: (lang: Lang) => Vars): LegendItem {
  return { label: translate('en', key, vars?.('en')), label_zh: translate('zh', key, vars?.('zh')), color, symbol };
}
