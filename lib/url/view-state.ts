/**
 * The shareable view, in the query string: one pure parser (zod) and one serializer. Unknown or invalid
 * values are dropped and reported (never thrown); defaults are left out; numbers are rounded.
 */
// zod/mini: the URL module runs in the browser, where the full zod added ~75 KB compressed.
import { gte, lte, number, refine, tuple, union } from 'zod/mini';
import { CLASSIFICATIONS, type Classification } from '../choropleth/classify';
import { GROUP_FILTERS, type GroupFilter } from '../choropleth/filters';
import { DEFAULT_VIEW } from '../map/default-view';
import { parseFeatureLink } from '../layers/feature-link';
import { LANGS, type Lang } from '../i18n/messages';

export interface MapPosition {
  zoom: number;
  lat: number;
  lng: number;
  bearing?: number;
  pitch?: number;
}

export interface ViewState {
  indicator: string;
  year: number | null;
  region: string | null;
  /** A province or group drawn beside the open region in its charts (only with a region). */
  compare: string | null;
  layers: string[];
  classification: Classification;
  group: GroupFilter;
  range: [number, number] | null;
  map: MapPosition;
  lang: Lang;
  /** Minimal chrome for framing in other pages. */
  embed: boolean;
}

/** What the parser may accept: ids come from the catalogue and the layer registry, never from the URL alone. */
export interface ViewContext {
  indicators: readonly string[];
  layers: readonly string[];
  /** Province codes, group ids and layer feature ids like "cluster:chengdu-chongqing". */
  isRegion: (id: string) => boolean;
}

export const DEFAULT_STATE: Readonly<ViewState> = {
  indicator: 'gdp_per_capita',
  year: null,
  region: null,
  compare: null,
  layers: [],
  classification: 'quantile',
  group: 'all',
  range: null,
  map: { zoom: DEFAULT_VIEW.zoom, lat: DEFAULT_VIEW.lat, lng: DEFAULT_VIEW.lng },
  lang: 'en',
  embed: false,
};

/** Old parameter names that still work: old → current. */
const RENAMED_PARAMS: Record<string, string> = { ind: 'indicator', classification: 'class', l: 'layers', y: 'year' };

const round = (v: number, d: number) => Math.round(v * 10 ** d) / 10 ** d;
const num = /^-?\d+(\.\d+)?$/;

const zoom = number().check(gte(0), lte(22));
const lat = number().check(gte(-85), lte(85));
const lng = number().check(gte(-180), lte(180));
const mapSchema = union([tuple([zoom, lat, lng]), tuple([zoom, lat, lng, number(), number().check(gte(0), lte(85))])]);
const rangeSchema = tuple([number(), number()]).check(refine(([a, b]) => a <= b, 'range must have min ≤ max'));

/** "zoom/lat/lng" or "zoom/lat/lng/bearing/pitch", in range, rounded as the URL keeps them. */
function parseMap(value: string): MapPosition | undefined {
  const parts = value.split('/');
  if (!parts.every((x) => num.test(x))) return undefined;
  const parsed = mapSchema.safeParse(parts.map(Number));
  if (!parsed.success) return undefined;
  const [zoomValue, latValue, lngValue, bearing, pitch] = parsed.data;
  return {
    zoom: round(zoomValue, 2),
    lat: round(latValue, 4),
    lng: round(lngValue, 4),
    ...(bearing !== undefined && (bearing !== 0 || pitch !== 0) ? { bearing: round(bearing, 1), pitch: round(pitch!, 1) } : {}),
  };
}

/** "min..max" with min ≤ max. */
function parseRange(value: string): [number, number] | undefined {
  if (!/^-?\d+(\.\d+)?\.\.-?\d+(\.\d+)?$/.test(value)) return undefined;
  const parsed = rangeSchema.safeParse(value.split('..').map(Number));
  return parsed.success ? parsed.data : undefined;
}

interface ParseResult {
  state: ViewState;
  /** Parameters that were present but not understood, as "name=value" for the notice. */
  dropped: string[];
}

/**
 * The one rule for a parameter given more than once (also under an old name): repeats of one value
 * count as that value; different values are a conflict, dropped with the notice like any invalid
 * value. The server's edge (embed, lang, the page cache) and the page decide from this same parse.
 */
function readParam(params: URLSearchParams, name: string): { value: string } | { conflict: string } | null {
  const old = Object.entries(RENAMED_PARAMS).find(([, current]) => current === name)?.[0];
  const values = [...params.getAll(name), ...(old ? params.getAll(old) : [])];
  if (values.length === 0) return null;
  const distinct = [...new Set(values)];
  return distinct.length === 1 ? { value: distinct[0] } : { conflict: distinct.join('|') };
}

export function parseViewState(params: URLSearchParams, ctx: ViewContext): ParseResult {
  const dropped: string[] = [];
  const drop = (name: string, value: string) => dropped.push(`${name}=${value.slice(0, 40)}`);
  const get = (name: string): string | null => {
    const read = readParam(params, name);
    if (read && 'conflict' in read) drop(name, read.conflict);
    return read && 'value' in read ? read.value : null;
  };
  const state: ViewState = { ...DEFAULT_STATE, layers: [], map: { ...DEFAULT_STATE.map } };

  /** Applies a parameter when it is valid, else records it as dropped. */
  const take = <T>(name: string, parse: (v: string) => T | undefined, apply: (value: T) => void) => {
    const raw = get(name);
    if (raw === null) return;
    const value = parse(raw);
    if (value === undefined) drop(name, raw);
    else apply(value);
  };
  const oneOf =
    <T extends string>(allowed: readonly T[]) =>
    (v: string) =>
      allowed.includes(v as T) ? (v as T) : undefined;

  take('indicator', oneOf(ctx.indicators), (v) => (state.indicator = v));
  take(
    'year',
    (v) => (/^\d{4}$/.test(v) && Number(v) >= 1949 && Number(v) <= 2100 ? Number(v) : undefined),
    (v) => (state.year = v),
  );
  take(
    'region',
    (v) => (ctx.isRegion(v) ? v : undefined),
    (v) => (state.region = v),
  );
  // Another province or group beside the open one: never a layer feature, never the region itself.
  take(
    'compare',
    (v) => (state.region && v !== state.region && ctx.isRegion(v) && !parseFeatureLink(v) ? v : undefined),
    (v) => (state.compare = v),
  );
  const layers = get('layers');
  for (const id of layers?.split(',').filter(Boolean) ?? []) {
    if (!ctx.layers.includes(id)) drop('layers', id);
    else if (!state.layers.includes(id)) state.layers.push(id);
  }
  // A linked feature is shown with its layer, even when the link forgot to list it.
  const linked = state.region ? parseFeatureLink(state.region) : null;
  if (linked && !state.layers.includes(linked.layerId)) state.layers.push(linked.layerId);
  take('class', oneOf(CLASSIFICATIONS), (v) => (state.classification = v));
  take('group', oneOf(GROUP_FILTERS), (v) => (state.group = v));
  take('range', parseRange, (v) => (state.range = v));
  take('map', parseMap, (v) => (state.map = v));
  take('lang', oneOf(LANGS), (v) => (state.lang = v));
  take(
    'embed',
    (v) => (v === '1' ? true : v === '0' ? false : undefined),
    (v) => (state.embed = v),
  );
  return { state, dropped };
}

/** The query string for a view ("" for the default view); parameters in a fixed order. */
export function serializeViewState(state: ViewState): string {
  const p = new URLSearchParams();
  if (state.indicator !== DEFAULT_STATE.indicator) p.set('indicator', state.indicator);
  if (state.year !== null) p.set('year', String(state.year));
  if (state.region) p.set('region', state.region);
  if (state.region && state.compare) p.set('compare', state.compare);
  if (state.layers.length) p.set('layers', [...state.layers].join(','));
  if (state.classification !== DEFAULT_STATE.classification) p.set('class', state.classification);
  if (state.group !== DEFAULT_STATE.group) p.set('group', state.group);
  if (state.range) p.set('range', `${state.range[0]}..${state.range[1]}`);
  const m = state.map;
  const d = DEFAULT_STATE.map;
  const [zoom, lat, lng] = [round(m.zoom, 2), round(m.lat, 4), round(m.lng, 4)];
  const turned = (m.bearing ?? 0) !== 0 || (m.pitch ?? 0) !== 0;
  if (zoom !== d.zoom || lat !== d.lat || lng !== d.lng || turned) {
    p.set('map', [zoom, lat, lng, ...(turned ? [round(m.bearing ?? 0, 1), round(m.pitch ?? 0, 1)] : [])].join('/'));
  }
  if (state.lang !== DEFAULT_STATE.lang) p.set('lang', state.lang);
  if (state.embed) p.set('embed', '1');
  return p.toString().replaceAll('%2C', ',').replaceAll('%2F', '/').replaceAll('%3A', ':');
}
