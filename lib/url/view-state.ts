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
import { CHINA_CODE } from '../regions/provinces';
import { nearestYear } from '../choropleth/years';
import { timelineYears } from '../layers/timeline';

export interface MapPosition {
  zoom: number;
  lat: number;
  lng: number;
  bearing?: number;
  pitch?: number;
}

/** The views of one state, like OWID grapher's tabs; Sources lists what every number rests on. */
export const VIEWS = ['map', 'chart', 'scatter', 'table', 'gaps', 'sources'] as const;
export type ViewKind = (typeof VIEWS)[number];
export const CHART_MODES = ['absolute', 'relative'] as const;
export type ChartMode = (typeof CHART_MODES)[number];
/** The change map (with `from`): percent change, absolute change, or compound annual growth from `from` to `year`. */
export const CHANGE_KINDS = ['pct', 'abs', 'cagr'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];
export const LOG_AXES = ['x', 'y'] as const;
export type LogAxis = (typeof LOG_AXES)[number];
/** The chart draws at most this many places, so each keeps a colour of its own. */
export const MAX_PLACES = 12;
/** `size=none`: every bubble the same size. */
export const NO_SIZE = 'none';

export interface ViewState {
  view: ViewKind;
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
  /** Places drawn in the chart and highlighted in the scatter: China, groups, provinces ([] = the default set). */
  places: string[];
  /** Start year of the chart's range and of the table's change columns; `year` is the end year. */
  from: number | null;
  /** With `from`: the map colours each province by its change from `from` to `year` (null = by its value). */
  change: ChangeKind | null;
  /** Scatter axes and bubble size: indicator ids (null = the default; `size` may be NO_SIZE). */
  x: string | null;
  y: string | null;
  size: string | null;
  log: LogAxis[];
  /** The scatter's least-squares line is drawn. */
  fit: boolean;
  chart: ChartMode;
  /** A guided story (lib/story): its step sets the rest of the view; null outside one. */
  story: string | null;
  /** 1-based step of the story (null outside one). */
  step: number | null;
}

/** What the parser may accept: ids come from the catalogue and the layer registry, never from the URL alone. */
export interface ViewContext {
  indicators: readonly string[];
  layers: readonly string[];
  /** Province codes, group ids and layer feature ids like "cluster:chengdu-chongqing". */
  isRegion: (id: string) => boolean;
  /** The years an indicator has data (ascending); given, a year without data moves to the nearest that has. */
  yearsOf?: (indicator: string) => readonly number[];
  /** A story's steps, each its view as a query string (undefined for an unknown story). */
  storySteps?: (story: string) => readonly string[] | undefined;
}

export const DEFAULT_STATE: Readonly<ViewState> = {
  view: 'map',
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
  places: [],
  from: null,
  change: null,
  x: null,
  y: null,
  size: null,
  log: [],
  fit: false,
  chart: 'absolute',
  story: null,
  step: null,
};

/**
 * Old parameter names that still work: current → old names, in order. `y` was the year before it
 * became the scatter's y axis: a four-digit `y` is still read as the year, anything else as the axis.
 */
const FOUR_DIGITS = /^\d{4}$/;
const RENAMED_PARAMS: Record<string, readonly { old: string; when?: (value: string) => boolean }[]> = {
  indicator: [{ old: 'ind' }],
  class: [{ old: 'classification' }],
  layers: [{ old: 'l' }],
  year: [{ old: 'y', when: (v) => FOUR_DIGITS.test(v) }],
};
const CURRENT_ONLY: Record<string, (value: string) => boolean> = { y: (v) => !FOUR_DIGITS.test(v) };

/** A flag: "1" on, "0" off (its default, which the URL leaves out). */
const parseFlag = (v: string) => (v === '1' ? true : v === '0' ? false : undefined);
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

/** A year the link asked for that has no data, and the nearest year shown instead. */
export interface AdjustedParam {
  name: 'year' | 'from';
  asked: number;
  shown: number;
}

interface ParseResult {
  state: ViewState;
  /** Parameters that were present but not understood, as "name=value" for the notice. */
  dropped: string[];
  /** Years moved to the nearest year with data, for the notice (the URL is corrected). */
  adjusted: AdjustedParam[];
}

/**
 * The one rule for a parameter given more than once (also under an old name): repeats of one value
 * count as that value; different values are a conflict, dropped with the notice like any invalid
 * value. The server's edge (embed, lang, the page cache) and the page decide from this same parse.
 */
function readParam(params: URLSearchParams, name: string): { value: string } | { conflict: string } | null {
  const own = params.getAll(name).filter(CURRENT_ONLY[name] ?? (() => true));
  const renamed = (RENAMED_PARAMS[name] ?? []).flatMap(({ old, when }) => params.getAll(old).filter(when ?? (() => true)));
  const values = [...own, ...renamed];
  if (values.length === 0) return null;
  const distinct = [...new Set(values)];
  return distinct.length === 1 ? { value: distinct[0] } : { conflict: distinct.join('|') };
}

/** The view parameters (and old names) a story step sets itself: beside a story link they are dropped. */
const STEP_SETS = new Set([
  'view',
  'indicator',
  'ind',
  'year',
  'y',
  'from',
  'change',
  'region',
  'compare',
  'layers',
  'l',
  'class',
  'classification',
  'group',
  'range',
  'map',
  'places',
  'x',
  'size',
  'log',
  'chart',
]);

/**
 * A story link (`story=brief&step=3`) is its step's view, read through this same parser, in the link's
 * language and embed mode. Other view parameters beside it are dropped with the notice: the step decides.
 */
function parseStoryLink(params: URLSearchParams, ctx: ViewContext): ParseResult | null {
  const story = readParam(params, 'story');
  if (!story) return null;
  const steps = 'value' in story ? ctx.storySteps?.(story.value) : undefined;
  if (!steps || !('value' in story)) {
    const rest = new URLSearchParams([...params].filter(([k]) => k !== 'story' && k !== 'step'));
    const parsed = parseViewState(rest, ctx);
    const value = 'value' in story ? story.value : story.conflict;
    return { ...parsed, dropped: [`story=${value.slice(0, 40)}`, ...params.getAll('step').map((v) => `step=${v.slice(0, 40)}`), ...parsed.dropped] };
  }
  const dropped: string[] = [];
  const stepRead = readParam(params, 'step');
  let step = 1;
  if (stepRead && 'conflict' in stepRead) dropped.push(`step=${stepRead.conflict.slice(0, 40)}`);
  else if (stepRead) {
    const n = /^\d{1,2}$/.test(stepRead.value) ? Number(stepRead.value) : 0;
    if (n >= 1 && n <= steps.length) step = n;
    else dropped.push(`step=${stepRead.value.slice(0, 40)}`);
  }
  const own = new URLSearchParams(steps[step - 1]);
  for (const [k, v] of params) {
    if (k === 'lang' || k === 'embed') own.append(k, v);
    else if (STEP_SETS.has(k)) dropped.push(`${k}=${v.slice(0, 40)}`);
  }
  const parsed = parseViewState(own, { ...ctx, storySteps: undefined });
  return { state: { ...parsed.state, story: story.value, step }, dropped: [...dropped, ...parsed.dropped], adjusted: parsed.adjusted };
}

export function parseViewState(params: URLSearchParams, ctx: ViewContext): ParseResult {
  const storyLink = parseStoryLink(params, ctx);
  if (storyLink) return storyLink;
  const dropped: string[] = [];
  const drop = (name: string, value: string) => dropped.push(`${name}=${value.slice(0, 40)}`);
  const get = (name: string): string | null => {
    const read = readParam(params, name);
    if (read && 'conflict' in read) drop(name, read.conflict);
    return read && 'value' in read ? read.value : null;
  };
  const state: ViewState = { ...DEFAULT_STATE, layers: [], map: { ...DEFAULT_STATE.map }, places: [], log: [] };
  // A step without its story means nothing.
  for (const v of params.getAll('step')) drop('step', v);

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

  const parseYear = (v: string) => (FOUR_DIGITS.test(v) && Number(v) >= 1949 && Number(v) <= 2100 ? Number(v) : undefined);
  take('view', oneOf(VIEWS), (v) => (state.view = v));
  take('indicator', oneOf(ctx.indicators), (v) => (state.indicator = v));
  take('year', parseYear, (v) => (state.year = v));
  // A start year after the end year is no range at all.
  take(
    'from',
    (v) => {
      const from = parseYear(v);
      return from !== undefined && (state.year === null || from < state.year) ? from : undefined;
    },
    (v) => (state.from = v),
  );
  // A change needs a start year: without `from` it means nothing.
  take(
    'change',
    (v) => (state.from !== null ? oneOf(CHANGE_KINDS)(v) : undefined),
    (v) => (state.change = v),
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
  const places = get('places');
  for (const id of places?.split(',').filter(Boolean) ?? []) {
    const isPlace = id === CHINA_CODE || (ctx.isRegion(id) && !parseFeatureLink(id));
    if (!isPlace || state.places.length >= MAX_PLACES) drop('places', id);
    else if (!state.places.includes(id)) state.places.push(id);
  }
  take('x', oneOf(ctx.indicators), (v) => (state.x = v));
  take('y', oneOf(ctx.indicators), (v) => (state.y = v));
  take('size', oneOf([...ctx.indicators, NO_SIZE]), (v) => (state.size = v));
  const log = get('log');
  for (const axis of log?.split(',').filter(Boolean) ?? []) {
    if (!LOG_AXES.includes(axis as LogAxis)) drop('log', axis);
    else if (!state.log.includes(axis as LogAxis)) state.log.push(axis as LogAxis);
  }
  take('fit', parseFlag, (v) => (state.fit = v));
  take('chart', oneOf(CHART_MODES), (v) => (state.chart = v));
  take('lang', oneOf(LANGS), (v) => (state.lang = v));
  take('embed', parseFlag, (v) => (state.embed = v));
  const adjusted = adjustYears(state, ctx, drop);
  return { state, dropped, adjusted };
}

/** Moves `year` and `from` to the nearest years the indicator has; a start that then is not before the end is dropped. */
function adjustYears(state: ViewState, ctx: ViewContext, drop: (name: string, value: string) => void): AdjustedParam[] {
  // A temporal layer that is on lets the timeline reach its own years (rail hubs opened in 2025).
  const years = timelineYears(ctx.yearsOf?.(state.indicator) ?? [], state.layers);
  const adjusted: AdjustedParam[] = [];
  if (years.length === 0) return adjusted;
  for (const name of ['year', 'from'] as const) {
    const asked = state[name];
    if (asked === null || years.includes(asked)) continue;
    const shown = nearestYear(years, asked)!;
    adjusted.push({ name, asked, shown });
    state[name] = shown;
  }
  if (state.from !== null && state.from >= (state.year ?? years.at(-1)!)) {
    drop('from', String(adjusted.find((a) => a.name === 'from')?.asked ?? state.from));
    state.from = null;
  }
  return adjusted;
}

/** The query string for a view ("" for the default view); parameters in a fixed order. A story step is its link: the step sets the rest. */
export function serializeViewState(state: ViewState): string {
  const p = new URLSearchParams();
  if (state.story) {
    p.set('story', state.story);
    if (state.step !== null && state.step !== 1) p.set('step', String(state.step));
    if (state.lang !== DEFAULT_STATE.lang) p.set('lang', state.lang);
    if (state.embed) p.set('embed', '1');
    return p.toString();
  }
  if (state.view !== DEFAULT_STATE.view) p.set('view', state.view);
  if (state.indicator !== DEFAULT_STATE.indicator) p.set('indicator', state.indicator);
  if (state.year !== null) p.set('year', String(state.year));
  if (state.from !== null) p.set('from', String(state.from));
  if (state.from !== null && state.change) p.set('change', state.change);
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
  if (state.places.length) p.set('places', state.places.join(','));
  if (state.x) p.set('x', state.x);
  if (state.y) p.set('y', state.y);
  if (state.size) p.set('size', state.size);
  if (state.log.length) p.set('log', LOG_AXES.filter((a) => state.log.includes(a)).join(','));
  if (state.fit) p.set('fit', '1');
  if (state.chart !== DEFAULT_STATE.chart) p.set('chart', state.chart);
  if (state.lang !== DEFAULT_STATE.lang) p.set('lang', state.lang);
  if (state.embed) p.set('embed', '1');
  return p.toString().replaceAll('%2C', ',').replaceAll('%2F', '/').replaceAll('%3A', ':');
}
