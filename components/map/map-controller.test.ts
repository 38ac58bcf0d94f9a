/**
 * The map controller against a fake MapLibre (as maplibre-gl-js's own tests stub WebGL): no browser,
 * no network. The fake keeps what a real map would (layers in order, paint, layout, feature-state)
 * and records every call that changes the map, so each test can say what sync() did and what it left.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { expression, latest, type StylePropertySpecification } from '@maplibre/maplibre-gl-style-spec';
import { MapController, type ControllerView, type MapLibreModule } from './map-controller';
import { MAP_SOURCES_KEY, type MapSources } from '@/lib/map/map-sources';
import { colorFor, makeBins } from '@/lib/choropleth/bins';
import { NO_DATA_COLOR } from '@/lib/choropleth/palette';
import { viewChoropleth } from '@/lib/choropleth/view-choropleth';
import { layerById } from '@/lib/layers/registry';
import { localizedLabelFields } from '@/lib/map/basemap-style';
import { MAPLIBRE_WORKER_URL } from '@/lib/map/maplibre-files';
import { CHINA_BOUNDS, DEFAULT_VIEW, type Bounds } from '@/lib/map/default-view';
import { PROVINCE_BOUNDS } from '@/lib/map/province-bounds';
import { NO_PADDING, type Padding } from '@/lib/map/insets';

const ORIGIN = 'http://atlas.test';
/** The fake map's size in pixels: a phone's. */
const SIZE = { width: 390, height: 844 };
const FIRST_LABEL_LAYER = 'province-labels';

interface Target {
  source: string;
  sourceLayer?: string;
  id: string | number;
}
type Call = [method: string, ...args: unknown[]];
type Listener = (event?: unknown) => void;
interface StyleLayer {
  id: string;
  paint?: Record<string, unknown>;
  layout?: Record<string, unknown>;
}

/** What the controller sees of a MapLibre map: state kept as a map keeps it, every change recorded. */
class FakeMap {
  readonly calls: Call[] = [];
  readonly layerOrder: string[] = [];
  private readonly layers = new Map<string, StyleLayer>();
  private readonly sources = new Map<string, object>();
  private readonly states = new Map<string, Record<string, unknown>>();
  private readonly listeners = new Map<string, Listener[]>();
  private camera: { lng: number; lat: number; zoom: number; bearing: number; pitch: number };

  constructor(readonly options: { center?: [number, number]; zoom?: number; bearing?: number; pitch?: number; bounds?: Bounds; fitBoundsOptions?: object }) {
    const [lng, lat] = options.center ?? [0, 0];
    this.camera = { lng, lat, zoom: options.zoom ?? 0, bearing: options.bearing ?? 0, pitch: options.pitch ?? 0 };
    if (options.bounds) this.camera = { ...this.camera, ...FakeMap.fitted(options.bounds) };
  }

  /** Where fitting bounds leaves the camera, roughly: their middle, at zoom 2.5. */
  static fitted([w, s, e, n]: Bounds, maxZoom = 2.5) {
    return { lng: (w + e) / 2, lat: (s + n) / 2, zoom: Math.min(2.5, maxZoom) };
  }

  /** Emits an event as MapLibre would (style.load, load, idle, ...). */
  fire(type: string, event?: unknown) {
    const now = this.listeners.get(type) ?? [];
    this.listeners.set(
      type,
      now.filter((l) => !(l as { once?: boolean }).once),
    );
    for (const l of now) l(event);
  }

  on(type: string, listener: Listener) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  once(type: string, listener: Listener) {
    this.on(
      type,
      Object.assign((e?: unknown) => listener(e), { once: true }),
    );
  }

  addControl() {}

  addSource(id: string, spec: object) {
    this.calls.push(['addSource', id, spec]);
    this.sources.set(id, { ...spec, setData: (data: unknown) => this.calls.push(['setData', id, data]) });
  }

  getSource(id: string) {
    return this.sources.get(id);
  }

  addLayer(layer: StyleLayer, before?: string) {
    this.calls.push(['addLayer', layer.id, before]);
    this.layers.set(layer.id, { ...layer, paint: { ...layer.paint }, layout: { ...layer.layout } });
    const at = before === undefined ? -1 : this.layerOrder.indexOf(before);
    this.layerOrder.splice(at < 0 ? this.layerOrder.length : at, 0, layer.id);
  }

  getLayer(id: string) {
    return this.layers.get(id);
  }

  /** What the served style's metadata adds (where its layers and tilesets are). */
  styleMetadata: Record<string, unknown> = {};

  getStyle() {
    return { version: 8, sources: {}, layers: [], metadata: { 'hinterland:first-label-layer': FIRST_LABEL_LAYER, ...this.styleMetadata } };
  }

  setPaintProperty(id: string, property: string, value: unknown) {
    this.calls.push(['setPaintProperty', id, property, value]);
    if (this.layers.has(id)) this.layers.get(id)!.paint![property] = value;
  }

  getPaintProperty(id: string, property: string) {
    return this.layers.get(id)?.paint?.[property];
  }

  setLayoutProperty(id: string, property: string, value: unknown) {
    this.calls.push(['setLayoutProperty', id, property, value]);
    if (this.layers.has(id)) this.layers.get(id)!.layout![property] = value;
  }

  getLayoutProperty(id: string, property: string) {
    return this.layers.get(id)?.layout?.[property];
  }

  setFeatureState(target: Target, state: Record<string, unknown>) {
    this.calls.push(['setFeatureState', target, state]);
    const key = stateKey(target);
    this.states.set(key, { ...this.states.get(key), ...state });
  }

  getFeatureState(target: Target): Record<string, unknown> {
    return this.states.get(stateKey(target)) ?? {};
  }

  getCenter() {
    return { lng: this.camera.lng, lat: this.camera.lat };
  }

  getZoom() {
    return this.camera.zoom;
  }

  getBearing() {
    return this.camera.bearing;
  }

  getPitch() {
    return this.camera.pitch;
  }

  isMoving() {
    return false;
  }

  jumpTo(to: { center: [number, number]; zoom: number; bearing: number; pitch: number }) {
    this.calls.push(['jumpTo', to]);
    this.camera = { lng: to.center[0], lat: to.center[1], zoom: to.zoom, bearing: to.bearing, pitch: to.pitch };
    this.fire('moveend');
  }

  fitBounds(bounds: Bounds, options: { maxZoom?: number }) {
    this.calls.push(['fitBounds', bounds, options]);
    this.camera = { ...this.camera, ...FakeMap.fitted(bounds, options.maxZoom) };
    this.fire('moveend');
  }

  /** A plate carrée projection at MapLibre's scale: enough to tell what is on screen. */
  project([lng, lat]: [number, number]) {
    const k = (512 * 2 ** this.camera.zoom) / 360;
    return { x: SIZE.width / 2 + (lng - this.camera.lng) * k, y: SIZE.height / 2 - (lat - this.camera.lat) * k };
  }

  remove() {
    this.calls.push(['remove']);
  }
}

const stateKey = (t: Target) => `${t.source}/${t.sourceLayer ?? ''}/${t.id}`;

const province = (code: string): Target => ({ source: 'layer:provinces', sourceLayer: 'provinces', id: code });

/** A paint value as MapLibre would evaluate it for one feature with this feature-state. */
function evaluatePaint(layerType: 'fill' | 'line', property: string, value: unknown, state: Record<string, unknown>): unknown {
  const spec = (latest as unknown as Record<string, Record<string, StylePropertySpecification>>)[`paint_${layerType}`][property];
  const compiled = expression.createPropertyExpression(value, property, spec);
  if (compiled.result !== 'success') throw new Error(JSON.stringify(compiled.value));
  const out = compiled.value.evaluate({ zoom: 4 }, { type: 'Polygon', properties: {} } as never, state as never);
  return out && typeof out === 'object' ? String(out) : out;
}

/** A province's fill colour and opacity as the map would draw them now. */
function drawnFill(map: FakeMap, code: string) {
  const state = map.getFeatureState(province(code));
  return {
    color: evaluatePaint('fill', 'fill-color', map.getPaintProperty('provinces-fill', 'fill-color'), state),
    opacity: evaluatePaint('fill', 'fill-opacity', map.getPaintProperty('provinces-fill', 'fill-opacity'), state),
  };
}

/** A CSS colour as MapLibre parses it, to compare with what drawnFill gives. */
const parsedColor = (css: string) => evaluatePaint('fill', 'fill-color', css, {});

const outlineWidth = (map: FakeMap, code: string) =>
  evaluatePaint('line', 'line-width', map.getPaintProperty('provinces-outline', 'line-width'), map.getFeatureState(province(code)));

/** What Dashboard hands the map for one indicator year: values, their colours by the bins, the dimmed provinces. */
function choropleth(entries: Array<[string, number | null]>, dimmed: string[] = []) {
  const values = new Map(entries);
  const bins = makeBins([...values.values()], 'quantile', 'sequential')!;
  const colors = new Map([...values].map(([code, value]) => [code, colorFor(value, bins)]));
  return { bins, view: { values, colors, dimmed: new Set(dimmed) } };
}

const GDP = choropleth(
  [
    ['110000', 190],
    ['420000', 95],
    ['510000', 70],
    ['620000', 47],
    ['650000', null],
  ],
  ['620000'],
);
const POPULATION = choropleth(
  [
    ['110000', 2185],
    ['420000', 5834],
    ['510000', 8368],
    ['620000', 2465],
    ['650000', 2598],
  ],
  ['620000'],
);
const CODES = ['110000', '420000', '510000', '620000', '650000'];
/** A link without map=: the view's position is the default one. */
const POSITION = { ...DEFAULT_VIEW };
const WUHAN = { lng: 114.3, lat: 30.6, zoom: 6.5 };

const baseView: ControllerView = { layers: [], choropleth: GDP.view, selected: null, position: POSITION, year: 2024, lang: 'en' };

/**
 * A controller whose MapLibre is a fake, in a page at ORIGIN whose fetch answers every layer with an
 * empty FeatureCollection (the URLs asked for are kept in `fetched`).
 */
interface PageOptions {
  onReady?: () => void;
  onChoroplethShown?: () => void;
  onMove?: (p: unknown) => void;
  position?: ControllerView['position'];
  coveredInsets?: () => Padding;
  /** Where the style says the layers and tilesets are; absent: a style without them. */
  sources?: MapSources;
}

function fakePage({ sources, ...options }: PageOptions = {}) {
  const maps: FakeMap[] = [];
  const fetched: string[] = [];
  const setWorkerUrl = vi.fn();
  const addProtocol = vi.fn();
  const maplibre = {
    Map: class extends FakeMap {
      constructor(o: FakeMap['options']) {
        super(o);
        if (sources) this.styleMetadata = { [MAP_SOURCES_KEY]: sources };
        maps.push(this);
      }
    },
    NavigationControl: class {},
    ScaleControl: class {},
    setWorkerUrl,
    addProtocol,
  };
  vi.stubGlobal('window', { location: { href: `${ORIGIN}/?indicator=gdp_per_capita` } });
  frames.length = 0;
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
  vi.stubGlobal('fetch', async (url: string) => {
    fetched.push(url);
    return Response.json({ type: 'FeatureCollection', features: [] });
  });
  const controller = new MapController({
    container: { clientWidth: SIZE.width, clientHeight: SIZE.height } as HTMLElement,
    position: POSITION,
    lang: 'en',
    loadMapLibre: async () => maplibre as unknown as MapLibreModule,
    ...options,
  });
  return { controller, maps, fetched, setWorkerUrl, addProtocol };
}

/** A fake page whose map has started and loaded its style (style.load, then load and idle, as MapLibre fires them). */
async function startedController(options: PageOptions = {}) {
  const page = fakePage(options);
  await page.controller.start();
  const map = page.maps[0];
  for (const event of ['style.load', 'load', 'idle']) map.fire(event);
  return { ...page, map };
}

/** The calls made from here on. */
const mark = (map: FakeMap) => {
  const from = map.calls.length;
  return () => map.calls.slice(from);
};

/** Lets fetches and the promise chains after them settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** The page's animation frames, run by hand: onScreen() is the two after which the frame drawn now is on screen. */
const frames: FrameRequestCallback[] = [];
const nextFrame = () => frames.splice(0).forEach((callback) => callback(0));
const onScreen = () => (nextFrame(), nextFrame());

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('MapController.start', () => {
  it('builds the map with the injected MapLibre, our worker and the link’s position, and exposes it as window.__map', async () => {
    const onReady = vi.fn();
    const { controller, map, setWorkerUrl } = await startedController({ onReady, position: WUHAN });
    expect(setWorkerUrl).toHaveBeenCalledWith(MAPLIBRE_WORKER_URL);
    expect(map.options).toMatchObject({ center: [WUHAN.lng, WUHAN.lat], zoom: WUHAN.zoom, style: `${ORIGIN}/api/style` });
    expect(map.options.bounds).toBeUndefined();
    expect(window.__map).toBe(map);
    expect(onReady).toHaveBeenCalledOnce();
    controller.destroy();
    expect(window.__map).toBeUndefined();
    expect(map.calls.at(-1)).toEqual(['remove']);
  });

  it('holds a view synced before the style has loaded, and applies it once it has', async () => {
    const { controller, maps } = fakePage();
    controller.sync(baseView);
    await controller.start();
    const map = maps[0];
    controller.sync({ ...baseView, selected: { layerId: 'provinces', featureId: '420000' } });
    expect(map.calls).toEqual([]);
    map.fire('style.load');
    expect(map.getFeatureState(province('420000'))).toMatchObject({ value: 95, selected: true });
  });
});

describe('MapController.sync', () => {
  it('adds the provinces once, below the labels, and colours them by feature-state', async () => {
    const { controller, map } = await startedController();
    controller.sync(baseView);

    const added = map.calls.filter(([m]) => m === 'addSource' || m === 'addLayer');
    expect(added).toEqual([
      ['addSource', 'layer:provinces', { type: 'vector', url: `${ORIGIN}/api/tiles/provinces`, promoteId: { provinces: 'code' } }],
      ['addLayer', 'provinces-fill', FIRST_LABEL_LAYER],
      ['addLayer', 'provinces-outline', FIRST_LABEL_LAYER],
    ]);
    for (const code of CODES) {
      const value = GDP.view.values.get(code)!;
      expect(map.getFeatureState(province(code))).toEqual({ value, color: colorFor(value, GDP.bins), dimmed: code === '620000' });
      expect(drawnFill(map, code).color).toBe(parsedColor(colorFor(value, GDP.bins)));
    }
    // A province the view gives no colour (here: not in it) is the no-data grey.
    expect(drawnFill(map, '540000').color).toBe(parsedColor(NO_DATA_COLOR));
    // The filters' dimmed province is drawn faint; the others are not.
    expect(drawnFill(map, '620000').opacity).toBeLessThan(drawnFill(map, '510000').opacity as number);
  });

  it('fetches layers and tiles where the style says (versioned URLs, or PMTiles archives), with the pmtiles protocol ready', async () => {
    const sources: MapSources = {
      glyphs: '/api/glyphs/v/g/{fontstack}/{range}',
      tilesets: { basemap: 'pmtiles://https://tiles.example/h/basemap.pmtiles', provinces: 'pmtiles://https://tiles.example/h/provinces.pmtiles' },
      layers: { 'hu-line': '/api/layers/hu-line/v/abc' },
    };
    const { controller, map, fetched, addProtocol } = await startedController({ sources });
    expect(addProtocol).toHaveBeenCalledWith('pmtiles', expect.any(Function));
    controller.sync({ ...baseView, layers: ['hu-line'] });
    await settle();
    expect(map.calls.find(([m, id]) => m === 'addSource' && id === 'layer:provinces')?.[2]).toMatchObject({ url: sources.tilesets.provinces });
    expect(fetched).toEqual(['/api/layers/hu-line/v/abc?year=2024']);
    // Archive URLs go to the protocol as the style gave them; root-relative ones resolve against the page.
    const transform = (map.options as unknown as { transformRequest: (url: string) => { url: string } }).transformRequest;
    expect(transform(sources.tilesets.basemap).url).toBe(sources.tilesets.basemap);
    expect(transform('/api/tiles/basemap').url).toBe(`${ORIGIN}/api/tiles/basemap`);
  });

  it('says once that the choropleth is shown: when the frame of the first idle after the values went into feature-state is on screen', async () => {
    const onChoroplethShown = vi.fn();
    const { controller, map } = await startedController({ onChoroplethShown });
    map.fire('idle');
    onScreen();
    expect(onChoroplethShown).not.toHaveBeenCalled();
    controller.sync(baseView);
    expect(onChoroplethShown).not.toHaveBeenCalled();
    map.fire('idle');
    nextFrame();
    expect(onChoroplethShown).not.toHaveBeenCalled(); // issued, not yet drawn
    nextFrame();
    expect(onChoroplethShown).toHaveBeenCalledOnce();
    controller.sync({ ...baseView, choropleth: { ...baseView.choropleth!, values: new Map(baseView.choropleth!.values) } });
    map.fire('idle');
    onScreen();
    expect(onChoroplethShown).toHaveBeenCalledOnce();
  });

  it('does nothing when synced again with the same view, or with a copy of it', async () => {
    const { controller, map, fetched } = await startedController();
    controller.sync({ ...baseView, layers: ['hu-line'], selected: { layerId: 'provinces', featureId: '420000' } });
    await settle();
    const after = mark(map);
    controller.sync({ ...baseView, layers: ['hu-line'], selected: { layerId: 'provinces', featureId: '420000' } });
    await settle();
    expect(after()).toEqual([]);
    expect(fetched).toHaveLength(1);
  });

  it('switching indicator pushes the new values and colours as feature-state, and changes no style', async () => {
    const { controller, map } = await startedController();
    controller.sync(baseView);
    const after = mark(map);
    controller.sync({ ...baseView, choropleth: { ...POPULATION.view, dimmed: GDP.view.dimmed } });

    const calls = after();
    // A new paint expression would make MapLibre parse every provinces tile again.
    expect(new Set(calls.map(([m]) => m))).toEqual(new Set(['setFeatureState']));
    // The dimmed set did not change, so only the values were pushed, one per province.
    expect(calls.filter(([m]) => m === 'setFeatureState')).toHaveLength(CODES.length);
    for (const code of CODES) expect(drawnFill(map, code).color).toBe(parsedColor(colorFor(POPULATION.view.values.get(code)!, POPULATION.bins)));
  });

  it('the change map is the same kind of view: changes and their diverging colours as feature-state, nothing added', async () => {
    const { controller, map } = await startedController();
    controller.sync(baseView);
    const after = mark(map);
    // What viewChoropleth gives for a change from GDP to POPULATION-sized values: percent changes, centred on +20%.
    const change = viewChoropleth({
      values: POPULATION.view.values,
      indicator: { higher_is_better: true },
      classification: 'quantile',
      filters: { group: 'all', range: null },
      legend: { format: String, noDataLabel: 'No data' },
      change: { kind: 'pct', from: 2010, to: 2024, start: GDP.view.values, national: { from: 100, to: 120 } },
    });
    controller.sync({ ...baseView, choropleth: change });
    const calls = after();
    expect(new Set(calls.map(([m]) => m))).toEqual(new Set(['setFeatureState']));
    for (const code of CODES) {
      expect(map.getFeatureState(province(code)).value).toBe(change.values.get(code));
      expect(drawnFill(map, code).color).toBe(parsedColor(change.colors.get(code)!));
    }
  });

  it("switching year pushes that year's values and moves the temporal layers, without adding a source", async () => {
    const { controller, map, fetched } = await startedController();
    controller.sync({ ...baseView, layers: ['nightlights', 'hu-line'] });
    await settle();
    const after = mark(map);
    controller.sync({ ...baseView, layers: ['nightlights', 'hu-line'], year: 2010, choropleth: POPULATION.view });
    await settle();

    const calls = after();
    expect(calls.some(([m]) => m === 'addSource' || m === 'addLayer')).toBe(false);
    expect(map.getFeatureState(province('510000')).value).toBe(8368);
    for (const [styleLayer, property, value] of layerById('nightlights')!.paintForYear!(2010))
      expect(map.getPaintProperty(styleLayer, property)).toEqual(value);
    // The Hu Line's GeoJSON is fetched for the new year and replaces the old data in the same source.
    expect(fetched).toEqual(['/api/layers/hu-line?year=2024', '/api/layers/hu-line?year=2010']);
    expect(calls.filter(([m]) => m === 'setData').map(([, source]) => source)).toEqual(['layer:hu-line']);
  });

  it('toggling a layer shows and hides its style layers, loads it once, and keeps the registry order', async () => {
    const { controller, map, fetched } = await startedController();
    controller.sync({ ...baseView, layers: ['city-clusters'] });
    await settle();
    controller.sync({ ...baseView, layers: ['city-clusters', 'hu-line'] });
    await settle();
    const huLineLayers = layerById('hu-line')!
      .mapLayers('layer:hu-line')
      .map((l) => l.id);
    for (const id of huLineLayers) expect(map.getLayoutProperty(id, 'visibility')).toBe('visible');
    // Switched on after the city clusters, drawn below them as the registry orders them.
    expect(map.layerOrder.indexOf('hu-line-line')).toBeLessThan(map.layerOrder.indexOf('city-clusters-fill'));

    const off = mark(map);
    controller.sync({ ...baseView, layers: ['city-clusters'] });
    expect(off()).toEqual(huLineLayers.map((id) => ['setLayoutProperty', id, 'visibility', 'none']));

    const on = mark(map);
    controller.sync({ ...baseView, layers: ['city-clusters', 'hu-line'] });
    await settle();
    expect(on()).toEqual(huLineLayers.map((id) => ['setLayoutProperty', id, 'visibility', 'visible']));
    expect(fetched.filter((url) => url.startsWith('/api/layers/hu-line'))).toHaveLength(1);
  });

  it('outlines the selected province, and the outline follows the selection once the frame that opens its panel is on screen', async () => {
    const { controller, map } = await startedController();
    controller.sync({ ...baseView, selected: { layerId: 'provinces', featureId: '420000' } }); // the link's, at once
    expect(outlineWidth(map, '420000')).toBeGreaterThan(0);
    expect(outlineWidth(map, '510000')).toBe(0);

    controller.sync({ ...baseView, selected: { layerId: 'provinces', featureId: '510000' } });
    expect(outlineWidth(map, '510000')).toBe(0);
    onScreen();
    expect(outlineWidth(map, '420000')).toBe(0);
    expect(outlineWidth(map, '510000')).toBeGreaterThan(0);

    // Chosen in quick succession: only the last one is outlined.
    controller.sync({ ...baseView, selected: { layerId: 'provinces', featureId: '420000' } });
    controller.sync({ ...baseView, selected: { layerId: 'provinces', featureId: '620000' } });
    onScreen();
    expect(outlineWidth(map, '420000')).toBe(0);
    expect(outlineWidth(map, '510000')).toBe(0);
    expect(outlineWidth(map, '620000')).toBeGreaterThan(0);

    controller.sync({ ...baseView, selected: null });
    onScreen();
    expect(CODES.map((code) => outlineWidth(map, code))).toEqual(CODES.map(() => 0));
  });

  it('selects a feature of a layer still loading once its data has arrived (a deep link)', async () => {
    const { controller, map } = await startedController();
    const featureId = 'chengdu-chongqing';
    controller.sync({ ...baseView, layers: ['city-clusters'], selected: { layerId: 'city-clusters', featureId } });
    expect(map.getFeatureState({ source: 'layer:city-clusters', id: featureId }).selected).toBeUndefined();
    await settle();
    expect(map.getFeatureState({ source: 'layer:city-clusters', id: featureId }).selected).toBe(true);
  });

  it('moves the map for a new position but not for the echo of its own', async () => {
    const { controller, map } = await startedController();
    controller.sync({ ...baseView, position: WUHAN });
    expect(map.calls.filter(([m]) => m === 'jumpTo')).toEqual([['jumpTo', { center: [114.3, 30.6], zoom: 6.5, bearing: 0, pitch: 0 }]]);
    const after = mark(map);
    controller.sync({ ...baseView, position: { ...WUHAN } });
    expect(after()).toEqual([]);
  });

  it('relabels the basemap when the language changes, once', async () => {
    const { controller, map } = await startedController();
    controller.sync(baseView);
    const after = mark(map);
    controller.sync({ ...baseView, lang: 'zh' });
    controller.sync({ ...baseView, lang: 'zh' });
    expect(after()).toEqual(localizedLabelFields('zh').map(([id, field]) => ['setLayoutProperty', id, 'text-field', field]));
  });
});

describe('MapController: the first view and the panels over the map', () => {
  const bar: Padding = { ...NO_PADDING, top: 150 };
  const sheet: Padding = { ...NO_PADDING, top: 150, bottom: 439 };
  const fits = (map: FakeMap) => map.calls.filter(([m]) => m === 'fitBounds');

  it('without a position in the link, fits all of China into what the panels leave free, and keeps the link without map=', async () => {
    const onMove = vi.fn();
    const { controller, map } = await startedController({ coveredInsets: () => bar, onMove });
    expect(map.options).toMatchObject({ bounds: CHINA_BOUNDS, fitBoundsOptions: { padding: { top: 158, right: 8, bottom: 8, left: 8 } } });
    expect(map.options.center).toBeUndefined();
    controller.sync(baseView);
    expect(map.calls.filter(([m]) => m === 'jumpTo' || m === 'fitBounds')).toEqual([]);
    map.fire('moveend');
    expect(onMove).toHaveBeenLastCalledWith(DEFAULT_VIEW);
  });

  it('fits again when the map is resized, until the reader has moved it', async () => {
    const { controller, map } = await startedController({ coveredInsets: () => bar });
    controller.sync(baseView);
    map.fire('resize');
    expect(fits(map)).toEqual([['fitBounds', CHINA_BOUNDS, { padding: { top: 158, right: 8, bottom: 8, left: 8 }, animate: false }]]);
    map.jumpTo({ center: [114.3, 30.6], zoom: 5, bearing: 0, pitch: 0 }); // the reader pans and zooms
    const after = mark(map);
    map.fire('resize');
    expect(after()).toEqual([]);
  });

  it('fits China again when the view goes back to a link without a position', async () => {
    const onMove = vi.fn();
    const { controller, map } = await startedController({ onMove });
    controller.sync({ ...baseView, position: WUHAN });
    onMove.mockClear();
    controller.sync(baseView);
    expect(fits(map)).toHaveLength(1);
    expect(onMove).not.toHaveBeenCalled(); // its own fit is not a move of the reader's
  });

  it('brings a province chosen on the map out from under the bottom sheet, no closer than it was', async () => {
    let covered = bar;
    const { controller, map } = await startedController({ coveredInsets: () => covered });
    controller.sync(baseView);
    covered = sheet; // the region panel opens with the selection
    const zoom = map.getZoom();
    controller.sync({ ...baseView, selected: { layerId: 'provinces', featureId: '460000' } });
    expect(fits(map)).toEqual([]); // the panel's frame first
    onScreen();
    expect(fits(map)).toEqual([
      [
        'fitBounds',
        PROVINCE_BOUNDS['460000'],
        { padding: { top: 158, right: 8, bottom: 447, left: 8 }, maxZoom: zoom, bearing: 0, linear: true, duration: 600 },
      ],
    ]);
  });

  it('leaves the camera where the reader put it between the choice and the frame that opens its panel', async () => {
    const { controller, map } = await startedController({ coveredInsets: () => sheet });
    controller.sync(baseView);
    controller.sync({ ...baseView, selected: { layerId: 'provinces', featureId: '460000' } });
    map.jumpTo({ center: [104.07, 30.67], zoom: 5.25, bearing: 0, pitch: 0 }); // a move of the reader's, before it is on screen
    onScreen();
    expect(fits(map)).toEqual([]);
    expect(outlineWidth(map, '460000')).toBeGreaterThan(0); // the outline still follows the choice
  });

  it('leaves the map alone for a province already in view, for other features, and for a link’s own selection', async () => {
    const { controller, map } = await startedController({ coveredInsets: () => sheet });
    controller.sync({ ...baseView, selected: { layerId: 'provinces', featureId: '460000' } }); // the link's
    controller.sync({ ...baseView, selected: { layerId: 'provinces', featureId: '110000' } }); // Beijing, above the sheet
    controller.sync({ ...baseView, layers: ['rail-hubs'], selected: { layerId: 'rail-hubs', featureId: 'wuhan' } });
    onScreen();
    expect(fits(map)).toEqual([]);
  });
});
