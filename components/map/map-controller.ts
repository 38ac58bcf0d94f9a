/**
 * The one place that talks to MapLibre. React hands it a container and, through sync(), the view
 * to show; it owns sources, layers, feature-state and events. Components never call MapLibre.
 */
import type { AddProtocolAction, GeoJSONSource, Map as MapLibreMap, MapGeoJSONFeature, MapMouseEvent } from 'maplibre-gl';
import { LAYERS, layerApiPath, layerById, type LayerDefinition } from '@/lib/layers/registry';
import type { MapPosition } from '@/lib/url/view-state';
import { unflattenProperties } from '@/lib/map/feature-properties';
import { fetchJson } from '@/lib/http/fetch-json';
import { localizedLabelFields } from '@/lib/map/basemap-style';
import { mapSourcesOf, PMTILES_PROTOCOL, PMTILES_SCHEME, type MapSources } from '@/lib/map/map-sources';
import { MAPLIBRE_CSS_URL, MAPLIBRE_MODULE_URL, MAPLIBRE_WORKER_URL } from '@/lib/map/maplibre-files';
import { translate, type Lang } from '@/lib/i18n/messages';
import { CHINA_BOUNDS, DEFAULT_VIEW, isDefaultView } from '@/lib/map/default-view';
import { PROVINCE_BOUNDS } from '@/lib/map/province-bounds';
import { fitsInside, framePadding, NO_PADDING, type Padding } from '@/lib/map/insets';

declare global {
  interface Window {
    __map?: MapLibreMap;
  }
}

export interface FeatureRef {
  layerId: string;
  featureId: string | number;
  properties: Record<string, unknown>;
}

export interface HoverInfo extends FeatureRef {
  point: { x: number; y: number };
}

export type LayerStatus = { state: 'idle' } | { state: 'loading' } | { state: 'ready'; features: number } | { state: 'error'; message: string };

/** The part of maplibre-gl the controller uses; tests hand in a fake (see map-controller.test.ts). */
export type MapLibreModule = Pick<typeof import('maplibre-gl'), 'Map' | 'NavigationControl' | 'ScaleControl' | 'setWorkerUrl' | 'addProtocol'> &
  Partial<Pick<typeof import('maplibre-gl'), 'Marker'>>;

/** A labelled callout on the map (a story step's), its label in the reader's language. */
export interface MapAnnotation {
  id: string;
  lng: number;
  lat: number;
  label: string;
}

interface MapControllerOptions {
  container: HTMLElement;
  position: MapPosition;
  /** After the reader pans, zooms or rotates: the new position, rounded as the URL keeps it. */
  onMove?: (position: MapPosition) => void;
  onHover?: (info: HoverInfo | null) => void;
  onSelect?: (feature: FeatureRef | null) => void;
  onLayerStatus?: (layerId: string, status: LayerStatus) => void;
  onError?: (message: string) => void;
  onReady?: () => void;
  /** Once, when the map has first drawn the choropleth: idle with the provinces' values in feature-state. */
  onChoroplethShown?: () => void;
  /** Language of messages before the first sync. */
  lang: Lang;
  /** Where MapLibre comes from: by default the native module from our own origin. */
  loadMapLibre?: () => Promise<MapLibreModule>;
  /** How far the page's panels cover the map from each edge, asked whenever the camera frames something. */
  coveredInsets?: () => Padding;
}

/** Provinces coloured by an indicator: each province's value and colour go into feature-state. */
export interface ChoroplethView {
  values: ReadonlyMap<string, number | null>;
  colors: ReadonlyMap<string, string>;
  /** Provinces the filters leave out, drawn faint. */
  dimmed: ReadonlySet<string>;
}

export interface ControllerView {
  /** Ids of the toggleable layers to show. */
  layers: readonly string[];
  choropleth: ChoroplethView | null;
  /** The highlighted feature, whether chosen on the map or from a list. */
  selected: { layerId: string; featureId: string | number } | null;
  position: MapPosition;
  /** The year on the timeline; temporal layers follow it (clamped to their own years). */
  year: number | null;
  /** Language of the province labels. */
  lang: Lang;
}

/**
 * MapLibre as a native module from our own origin, with its stylesheet, fetched when the page's
 * scripts run (neither is preloaded nor render-blocking: they would compete with the server-drawn
 * first map). A failed load is retried by the next start().
 */
let mapLibreLoad: Promise<MapLibreModule> | null = null;
const loadMapLibre = () =>
  (mapLibreLoad ??= Promise.all([
    import(/* webpackIgnore: true */ /* turbopackIgnore: true */ MAPLIBRE_MODULE_URL) as Promise<MapLibreModule>,
    addStylesheet(MAPLIBRE_CSS_URL),
  ])
    .then(([maplibre]) => maplibre)
    .catch((err: unknown) => {
      mapLibreLoad = null;
      throw err;
    }));

/** Adds a stylesheet once; resolves when it has loaded. Without it the map still works, its controls unstyled, so a failure only resolves. */
function addStylesheet(href: string): Promise<void> {
  if (document.querySelector(`link[rel="stylesheet"][href="${href}"]`)) return Promise.resolve();
  return new Promise((resolve) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => resolve(), { once: true });
    document.head.append(link);
  });
}

/**
 * Calls `then` once the frame being drawn now is on screen: on software GL (0.1 s a frame here) the GPU
 * may still be drawing it, behind one before it, when the page's thread has moved on. The second
 * animation frame after now begins only once it is drawn.
 */
function afterPresented(then: () => void): void {
  requestAnimationFrame(() => requestAnimationFrame(then));
}

/** Starts fetching and compiling MapLibre ahead of start(); a failure is left for start() to report. */
export const startLoadingMapLibre = (): void => void loadMapLibre().catch(() => undefined);

/**
 * Reads pmtiles:// sources (tiles from PMTiles archives at TILES_PMTILES_URL). Registered on every map,
 * but the pmtiles library is fetched only when the style names an archive: without one, nothing loads.
 */
let pmtilesProtocol: Promise<import('pmtiles').Protocol> | null = null;
const readPmtiles: AddProtocolAction = async (params, abort) => {
  const protocol = await (pmtilesProtocol ??= import('pmtiles').then((m) => new m.Protocol({ metadata: true })));
  return protocol.tile(params, abort) as ReturnType<AddProtocolAction>;
};

const PROVINCES = 'provinces';

const sourceIdOf = (layerId: string) => `layer:${layerId}`;
/** What setFeatureState needs to find a feature (sourceLayer for vector tiles). */
interface FeatureTarget {
  source: string;
  sourceLayer?: string;
  id: string | number;
}

const targetOf = (f: MapGeoJSONFeature): FeatureTarget => ({ source: f.source, sourceLayer: f.sourceLayer, id: f.id! });
/** Where a province's choropleth state lives: the provinces' source and, tiled, its source layer. */
const provinceTarget = (code: string): FeatureTarget => ({
  source: sourceIdOf(PROVINCES),
  sourceLayer: layerById(PROVINCES)?.vectorTiles?.sourceLayer,
  id: code,
});
const samePosition = (a: MapPosition, b: MapPosition) =>
  a.zoom === b.zoom && a.lat === b.lat && a.lng === b.lng && (a.bearing ?? 0) === (b.bearing ?? 0) && (a.pitch ?? 0) === (b.pitch ?? 0);

const GEOMETRY_PRIORITY: Record<string, number> = { Point: 0, MultiPoint: 0, LineString: 1, MultiLineString: 1, Polygon: 2, MultiPolygon: 2 };

export class MapController {
  private map: MapLibreMap | null = null;
  private ready = false;
  private pendingView: ControllerView | null = null;
  private readonly added = new Set<string>();
  private readonly loading = new Map<string, Promise<void>>();
  private readonly styleLayerOwner = new Map<string, string>();
  /** Where the style says the layers and tilesets are (versioned URLs, or archives); null: the plain URLs. */
  private sources: MapSources | null = null;
  private hovered: FeatureTarget | null = null;
  private selected: FeatureTarget | null = null;
  /** The view's selection, applied again once its layer has arrived (deep links select before data loads). */
  private wantedSelection: ControllerView['selected'] = null;
  private visible = new Set<string>();
  private disposed = false;
  private choropleth: ChoroplethView | null = null;
  private appliedValues: ReadonlyMap<string, number | null> | null = null;
  private appliedColors: ReadonlyMap<string, string> | null = null;
  private appliedDimmed: ReadonlySet<string> | null = null;
  private year: number | null = null;
  /** The view's language (messages), and the language the map's labels were last set to. */
  private lang: Lang;
  private labelsLang: Lang = 'en';
  /** The year each temporal layer's data or paint was last set for. */
  private readonly layerYears = new Map<string, number | undefined>();
  /**
   * Where the first view put the camera when it fitted China (a link without map=). Until the reader
   * moves away, the position reported is DEFAULT_VIEW, so the link stays without map= too.
   */
  private fittedDefault: MapPosition | null = null;
  private fittingDefault = false;
  /** The selection as last synced; undefined before the first sync (a link's own selection never moves the map). */
  private lastSelection: string | null | undefined = undefined;
  private markerClass: MapLibreModule['Marker'] | undefined;
  private markers: { remove(): unknown }[] = [];
  private annotations: readonly MapAnnotation[] = [];
  private appliedAnnotations = '[]';

  constructor(private readonly options: MapControllerOptions) {
    this.lang = options.lang;
  }

  async start(): Promise<void> {
    const maplibre = await (this.options.loadMapLibre ?? loadMapLibre)();
    if (this.disposed) return;
    maplibre.setWorkerUrl(MAPLIBRE_WORKER_URL);
    this.markerClass = maplibre.Marker;
    maplibre.addProtocol(PMTILES_PROTOCOL, readPmtiles);
    const { position } = this.options;
    const fitChina = isDefaultView(position);
    const map = new maplibre.Map({
      container: this.options.container,
      style: new URL('/api/style', window.location.href).href,
      // Without a position in the link, all of China in the part of the map the panels leave free, at any screen size.
      ...(fitChina
        ? { bounds: CHINA_BOUNDS, fitBoundsOptions: { padding: this.framePadding() } }
        : { center: [position.lng, position.lat] as [number, number], zoom: position.zoom, bearing: position.bearing ?? 0, pitch: position.pitch ?? 0 }),
      // A 320 px wide phone fits China at about zoom 1.7.
      minZoom: 1,
      maxZoom: 10,
      // Our own glyphs cover the Chinese labels; never fall back to whatever fonts the reader has.
      localIdeographFontFamily: false,
      // Labels appear at once instead of fading in: every fade frame is drawn in software on machines
      // without a GPU, and those frames compete with the worker that is still decoding tiles.
      fadeDuration: 0,
      attributionControl: { compact: false },
      // The style and TileJSON name root-relative URLs (the server never writes a host into them):
      // resolved here against the page, so tiles and glyphs come from whatever origin served it.
      // Archive URLs (pmtiles://https://…) are absolute and handled by the protocol, as the style gave them.
      transformRequest: (url) => ({ url: url.startsWith(PMTILES_SCHEME) ? url : new URL(url, window.location.href).href }),
    });
    this.map = map;
    window.__map = map;
    if (fitChina) this.fittedDefault = this.roundedPosition();
    map.addControl(new maplibre.NavigationControl({ showCompass: true }), 'top-right');
    map.addControl(new maplibre.ScaleControl({ unit: 'metric' }), 'bottom-left');
    map.on('error', (e: { error: unknown; sourceId?: string }) => {
      const owner = e.sourceId?.startsWith('layer:') ? e.sourceId.slice('layer:'.length) : undefined;
      if (owner) this.options.onLayerStatus?.(owner, { state: 'error', message: describeMapError(e.error, this.lang) });
      else this.options.onError?.(describeMapError(e.error, this.lang));
    });
    map.on('mousemove', (e) => this.handleHover(e));
    map.on('mouseout', () => this.setHover(null));
    map.on('click', (e) => this.handleClick(e));
    map.on('moveend', () => {
      if (!this.fittingDefault) this.options.onMove?.(this.position());
    });
    // A phone turned, a window resized: the first view fits China again, until the reader has moved.
    map.on('resize', () => {
      if (this.fittedDefault && samePosition(this.roundedPosition(), this.fittedDefault)) this.fitDefault();
    });
    // Our layers go in as soon as the style is parsed, not at 'load' (which waits for every basemap
    // tile and glyph): the provinces then tile in the worker alongside the basemap instead of after it.
    map.once('style.load', () => {
      this.sources = mapSourcesOf(map.getStyle());
      for (const layer of LAYERS.filter((l) => !l.toggleable)) void this.ensureLayer(layer);
      this.ready = true;
      this.applyAnnotations();
      this.options.onReady?.();
      if (this.pendingView) this.sync(this.pendingView);
    });
  }

  /** Brings the map in line with the view; only what changed is touched. */
  sync(view: ControllerView): void {
    if (!this.map || !this.ready) {
      this.pendingView = view;
      return;
    }
    this.year = view.year;
    const next = new Set(view.layers.filter((id) => layerById(id)?.toggleable));
    for (const id of next) if (!this.visible.has(id)) void this.showLayer(id);
    for (const id of this.visible) if (!next.has(id)) this.setVisibility(id, false);
    this.visible = next;
    this.choropleth = view.choropleth;
    this.applyChoropleth();
    this.wantedSelection = view.selected;
    const selection = view.selected && `${view.selected.layerId}:${view.selected.featureId}`;
    const newSelection = this.lastSelection !== undefined && selection !== this.lastSelection;
    this.lastSelection = selection;
    const elsewhere = !samePosition(this.position(), view.position);
    this.applyPosition(view.position);
    if (newSelection) {
      // A reader's new choice opens its panel in this frame; the map's part follows once that frame is on
      // screen: its outline is a redraw and its move an animation, each a frame of software GL (0.1 s here)
      // that the panel's frame would otherwise wait for.
      const reveal = !elsewhere && !!view.selected;
      const from = this.position();
      afterPresented(() => {
        if (this.disposed || this.lastSelection !== selection) return;
        this.applySelection(this.wantedSelection);
        // A province chosen here (not a link's, not with a position of its own) comes out from under the panels,
        // unless the camera has moved since: the reader's own move, made in those frames, stands.
        const moved = this.map!.isMoving() || !samePosition(this.position(), from);
        if (reveal && !moved && this.wantedSelection) this.reveal(this.wantedSelection);
      });
    } else this.applySelection(view.selected);
    this.applyLang(view.lang);
    for (const id of next) if (this.added.has(id)) this.followYear(layerById(id)!);
  }

  /** Shows these callouts instead of the last ones ([] for none); DOM markers, so their labels need no glyphs. */
  setAnnotations(annotations: readonly MapAnnotation[]): void {
    this.annotations = annotations;
    this.applyAnnotations();
  }

  private applyAnnotations() {
    const map = this.map;
    const wanted = JSON.stringify(this.annotations);
    if (!map || !this.ready || !this.markerClass || wanted === this.appliedAnnotations) return;
    this.appliedAnnotations = wanted;
    for (const m of this.markers) m.remove();
    this.markers = this.annotations.map((a) => {
      const element = document.createElement('div');
      element.className = 'map-annotation';
      element.dataset.annotation = a.id;
      const label = document.createElement('span');
      label.className = 'map-annotation-label';
      label.textContent = a.label;
      element.append(label);
      return new this.markerClass!({ element, anchor: 'bottom-left', offset: [-6, 6] }).setLngLat([a.lng, a.lat]).addTo(map);
    });
  }

  /** The year a temporal layer should show: the timeline's, clamped to the layer's own range. */
  private yearFor(layer: LayerDefinition): number | undefined {
    if (!layer.years || this.year === null) return undefined;
    return Math.min(layer.years[1], Math.max(layer.years[0], this.year));
  }

  /** Re-fetches (GeoJSON) or re-paints (tiles) a temporal layer when the timeline moves. */
  private followYear(layer: LayerDefinition) {
    const year = this.yearFor(layer);
    if (this.layerYears.get(layer.id) === year) return;
    this.layerYears.set(layer.id, year);
    if (layer.vectorTiles) {
      if (year !== undefined)
        for (const [styleLayer, property, value] of layer.paintForYear?.(year) ?? []) this.map!.setPaintProperty(styleLayer, property as never, value as never);
    } else if (!this.loading.has(layer.id)) {
      void this.loadData(layer);
    }
  }

  /** The map's position rounded as the URL keeps it (zoom 2 decimals, coordinates 4). */
  private roundedPosition(): MapPosition {
    const map = this.map!;
    const r = (v: number, d: number) => Math.round(v * 10 ** d) / 10 ** d;
    const { lng, lat } = map.getCenter();
    const [bearing, pitch] = [r(map.getBearing(), 1), r(map.getPitch(), 1)];
    return { zoom: r(map.getZoom(), 2), lat: r(lat, 4), lng: r(lng, 4), ...(bearing || pitch ? { bearing, pitch } : {}) };
  }

  /** The position as the view knows it: DEFAULT_VIEW while the map still shows the fitted first view. */
  private position(): MapPosition {
    const now = this.roundedPosition();
    return this.fittedDefault && samePosition(now, this.fittedDefault) ? { ...DEFAULT_VIEW } : now;
  }

  /** Moves the map only when the view names another place (back/forward, a new link), not on echoes of its own moves. */
  private applyPosition(p: MapPosition) {
    if (samePosition(this.position(), p) || this.map!.isMoving()) return;
    if (isDefaultView(p)) this.fitDefault();
    else this.map!.jumpTo({ center: [p.lng, p.lat], zoom: p.zoom, bearing: p.bearing ?? 0, pitch: p.pitch ?? 0 });
  }

  private mapSize() {
    const { clientWidth: width, clientHeight: height } = this.options.container;
    return { width, height };
  }

  /** Camera padding that frames into the part of the map the page's panels leave free. */
  private framePadding(): Padding {
    return framePadding(this.mapSize(), this.options.coveredInsets?.() ?? NO_PADDING);
  }

  /** All of China in the free part of the map, at once; remembered as the first view. */
  private fitDefault() {
    this.fittingDefault = true;
    try {
      this.map!.fitBounds(CHINA_BOUNDS, { padding: this.framePadding(), animate: false });
    } finally {
      this.fittingDefault = false;
    }
    this.fittedDefault = this.roundedPosition();
  }

  /** Brings a selected province out from under a bottom sheet or side panel; leaves the map alone if it is in view. */
  private reveal(sel: { layerId: string; featureId: string | number }) {
    const bounds = sel.layerId === PROVINCES ? PROVINCE_BOUNDS[String(sel.featureId)] : undefined;
    if (!bounds) return;
    const map = this.map!;
    const padding = this.framePadding();
    const [west, south, east, north] = bounds;
    const [nw, se] = [map.project([west, north]), map.project([east, south])];
    if (fitsInside({ left: nw.x, top: nw.y, right: se.x, bottom: se.y }, this.mapSize(), padding)) return;
    // No closer than now: it moves over, and zooms out only if it would not fit.
    map.fitBounds(bounds, { padding, maxZoom: map.getZoom(), bearing: map.getBearing(), linear: true, duration: 600 });
  }

  private applyLang(lang: Lang) {
    this.lang = lang;
    if (this.labelsLang === lang) return;
    this.labelsLang = lang;
    for (const [layerId, textField] of localizedLabelFields(lang)) this.map!.setLayoutProperty(layerId, 'text-field', textField);
  }

  private applySelection(sel: ControllerView['selected']) {
    const map = this.map!;
    const layer = sel && layerById(sel.layerId);
    const target: FeatureTarget | null =
      sel && layer && this.added.has(layer.id) ? { source: sourceIdOf(layer.id), sourceLayer: layer.vectorTiles?.sourceLayer, id: sel.featureId } : null;
    if (this.selected && (this.selected.id !== target?.id || this.selected.source !== target?.source)) {
      map.setFeatureState(this.selected, { selected: false });
      this.selected = null;
    }
    if (target && !this.selected) {
      this.selected = target;
      map.setFeatureState(target, { selected: true });
    }
  }

  /** Pushes only what changed, all as feature-state: the values with their colours, the dimmed set. */
  private applyChoropleth() {
    const map = this.map;
    const c = this.choropleth;
    if (!map || !c || !this.added.has(PROVINCES)) return;
    if (c.values !== this.appliedValues || c.colors !== this.appliedColors) {
      // Shown once MapLibre's idle frame is on screen, not only issued: the first map then fades over the finished
      // frame, and the reader's first change is not queued behind the frames before it (a switch at once: ~0.2 s).
      if (!this.appliedValues) map.once('idle', () => afterPresented(() => !this.disposed && this.options.onChoroplethShown?.()));
      for (const [code, value] of c.values) map.setFeatureState(provinceTarget(code), { value, color: c.colors.get(code) });
      this.appliedValues = c.values;
      this.appliedColors = c.colors;
    }
    if (c.dimmed !== this.appliedDimmed) {
      for (const code of c.values.keys()) map.setFeatureState(provinceTarget(code), { dimmed: c.dimmed.has(code) });
      this.appliedDimmed = c.dimmed;
    }
  }

  /** Loads a layer again after a failure. */
  retryLayer(id: string): void {
    const layer = layerById(id);
    if (layer && this.visible.has(id)) void this.ensureLayer(layer);
  }

  private async showLayer(id: string) {
    const layer = layerById(id)!;
    await this.ensureLayer(layer);
    if (this.visible.has(id)) this.setVisibility(id, true);
  }

  private setVisibility(id: string, on: boolean) {
    const layer = layerById(id);
    if (!this.map || !layer || !this.added.has(id)) return;
    for (const l of layer.mapLayers(sourceIdOf(id))) this.map.setLayoutProperty(l.id, 'visibility', on ? 'visible' : 'none');
  }

  /** Fetches a layer's GeoJSON once and adds its source and style layers below the labels. */
  private ensureLayer(layer: LayerDefinition): Promise<void> {
    if (this.added.has(layer.id)) return Promise.resolve();
    const inFlight = this.loading.get(layer.id);
    if (inFlight) return inFlight;
    const status = (s: LayerStatus) => this.options.onLayerStatus?.(layer.id, s);
    status({ state: 'loading' });
    if (layer.vectorTiles) {
      this.addTiledLayer(layer);
      status({ state: 'ready', features: 0 });
      this.followYear(layer);
      return Promise.resolve();
    }
    return this.loadData(layer);
  }

  /** Fetches a GeoJSON layer (for the timeline's year, if it has years) and adds or replaces its data. */
  private loadData(layer: LayerDefinition): Promise<void> {
    const status = (s: LayerStatus) => this.options.onLayerStatus?.(layer.id, s);
    const year = this.yearFor(layer);
    this.layerYears.set(layer.id, year);
    const url = `${this.sources?.layers[layer.id] ?? layerApiPath(layer.id)}${year !== undefined ? `?year=${year}` : ''}`;
    const promise = fetchJson<GeoJSON.FeatureCollection>(url)
      .then((data) => {
        if (!this.map || this.disposed) return;
        this.addLayer(layer, data);
        status({ state: 'ready', features: data.features.length });
        // The timeline may have moved on while this year was loading.
        this.followYear(layer);
      })
      .catch((err: unknown) => {
        this.layerYears.delete(layer.id);
        status({ state: 'error', message: err instanceof Error ? err.message : 'could not be loaded' });
      })
      .finally(() => this.loading.delete(layer.id));
    this.loading.set(layer.id, promise);
    return promise;
  }

  private addLayer(layer: LayerDefinition, data: GeoJSON.FeatureCollection) {
    const source = sourceIdOf(layer.id);
    const existing = this.map!.getSource(source) as GeoJSONSource | undefined;
    if (existing) existing.setData(data);
    else this.map!.addSource(source, { type: 'geojson', data, promoteId: layer.idProperty });
    this.addStyleLayers(layer);
  }

  /** Large layers come as vector tiles from our own tile route. */
  private addTiledLayer(layer: LayerDefinition) {
    const source = sourceIdOf(layer.id);
    const { tileset, sourceLayer } = layer.vectorTiles!;
    if (!this.map!.getSource(source)) {
      this.map!.addSource(source, {
        type: 'vector',
        url: this.sources?.tilesets[tileset] ?? new URL(`/api/tiles/${tileset}`, window.location.href).href,
        promoteId: { [sourceLayer]: layer.idProperty },
      });
    }
    this.addStyleLayers(layer);
  }

  private addStyleLayers(layer: LayerDefinition) {
    const map = this.map!;
    const source = sourceIdOf(layer.id);
    const before = this.beforeIdFor(layer);
    for (const styleLayer of layer.mapLayers(source)) {
      if (map.getLayer(styleLayer.id)) continue;
      const hidden = layer.toggleable && !this.visible.has(layer.id);
      map.addLayer({ ...styleLayer, layout: { ...(styleLayer as { layout?: object }).layout, visibility: hidden ? 'none' : 'visible' } } as never, before);
      this.styleLayerOwner.set(styleLayer.id, layer.id);
    }
    this.added.add(layer.id);
    if (layer.id === PROVINCES) this.applyChoropleth();
    if (this.wantedSelection?.layerId === layer.id) this.applySelection(this.wantedSelection);
  }

  /** Keeps overlays in registry order whatever order they are switched on: below later ones, below labels. */
  private beforeIdFor(layer: LayerDefinition): string | undefined {
    const map = this.map!;
    const later = LAYERS.slice(LAYERS.findIndex((l) => l.id === layer.id) + 1);
    for (const l of later) {
      const first = l.mapLayers(sourceIdOf(l.id))[0];
      if (first && map.getLayer(first.id)) return first.id;
    }
    return (map.getStyle().metadata as Record<string, string> | undefined)?.['hinterland:first-label-layer'];
  }

  /** The topmost interactive feature under the pointer: points before lines before areas. */
  private featureAt(point: { x: number; y: number }): MapGeoJSONFeature | undefined {
    const map = this.map!;
    const layers = [...this.styleLayerOwner.keys()].filter((id) => map.getLayer(id) && map.getLayoutProperty(id, 'visibility') !== 'none');
    if (layers.length === 0) return undefined;
    const features = map.queryRenderedFeatures([point.x, point.y], { layers }).filter((f) => f.id !== undefined);
    return features.sort((a, b) => (GEOMETRY_PRIORITY[a.geometry.type] ?? 3) - (GEOMETRY_PRIORITY[b.geometry.type] ?? 3))[0];
  }

  private refOf(f: MapGeoJSONFeature): FeatureRef {
    return { layerId: this.styleLayerOwner.get(f.layer.id)!, featureId: f.id!, properties: unflattenProperties(f.properties) };
  }

  private handleHover(e: MapMouseEvent) {
    const f = this.featureAt(e.point);
    this.setHover(f ? { ...this.refOf(f), point: { x: e.point.x, y: e.point.y } } : null, f && targetOf(f));
  }

  private setHover(info: HoverInfo | null, target?: FeatureTarget) {
    const map = this.map;
    if (!map) return;
    if (this.hovered && (this.hovered.id !== target?.id || this.hovered.source !== target?.source)) {
      map.setFeatureState(this.hovered, { hover: false });
      this.hovered = null;
    }
    if (info && target && !this.hovered) {
      this.hovered = target;
      map.setFeatureState(this.hovered, { hover: true });
    }
    map.getCanvas().style.cursor = info ? 'pointer' : '';
    this.options.onHover?.(info);
  }

  /** Reports the clicked feature; the highlight follows when the page syncs the new selection back. */
  private handleClick(e: MapMouseEvent) {
    const f = this.featureAt(e.point);
    this.options.onSelect?.(f ? this.refOf(f) : null);
  }

  /** A copy of the map as drawn now (taken right after a repaint, when the WebGL buffer is whole). */
  snapshot(): Promise<HTMLCanvasElement> {
    const map = this.map;
    if (!map) return Promise.reject(new Error('The map is not ready.'));
    return new Promise((resolve) => {
      map.once('render', () => {
        const src = map.getCanvas();
        const copy = document.createElement('canvas');
        copy.width = src.width;
        copy.height = src.height;
        copy.getContext('2d')!.drawImage(src, 0, 0);
        resolve(copy);
      });
      map.triggerRepaint();
    });
  }

  destroy() {
    this.disposed = true;
    if (this.map && window.__map === this.map) delete window.__map;
    this.map?.remove();
    this.map = null;
  }
}

function describeMapError(error: unknown, lang: Lang): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/webgl/i.test(message)) return translate(lang, 'map.noWebgl');
  return translate(lang, 'map.partFailed', { message: message.slice(0, 120) });
}
