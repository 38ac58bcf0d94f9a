/**
 * The one place that talks to MapLibre. React hands it a container and the view to show;
 * it owns sources, layers, feature-state and events. Components never call MapLibre directly.
 */
import type { Map as MapLibreMap, MapGeoJSONFeature, MapMouseEvent } from 'maplibre-gl';
import { LAYERS, layerApiPath, type LayerDefinition } from '@/lib/layers/registry';
import { DEFAULT_VIEW, type MapView } from '@/lib/map/default-view';

declare global {
  interface Window {
    __map?: MapLibreMap;
  }
}

export interface HoverInfo {
  layerId: string;
  properties: Record<string, unknown>;
  point: { x: number; y: number };
}

export interface MapControllerOptions {
  container: HTMLElement;
  view?: MapView;
  onHover?: (info: HoverInfo | null) => void;
  onError?: (message: string) => void;
  onReady?: () => void;
}

const sourceIdOf = (layer: LayerDefinition) => `layer:${layer.id}`;

export class MapController {
  private map: MapLibreMap | null = null;
  private hovered: { source: string; id: string | number } | null = null;
  private disposed = false;

  constructor(private readonly options: MapControllerOptions) {}

  async start(): Promise<void> {
    const maplibre = await import('maplibre-gl');
    if (this.disposed) return;
    maplibre.setWorkerUrl('/maplibre-gl-worker.mjs');
    const view = this.options.view ?? DEFAULT_VIEW;
    const map = new maplibre.Map({
      container: this.options.container,
      style: new URL('/api/style', window.location.href).href,
      center: [view.lng, view.lat],
      zoom: view.zoom,
      minZoom: 2,
      maxZoom: 10,
      // Our own glyphs cover the Chinese labels; never fall back to whatever fonts the reader has.
      localIdeographFontFamily: false,
      attributionControl: { compact: false },
      cooperativeGestures: false,
    });
    this.map = map;
    window.__map = map;
    map.addControl(new maplibre.NavigationControl({ showCompass: true }), 'top-right');
    map.addControl(new maplibre.ScaleControl({ unit: 'metric' }), 'bottom-left');
    map.on('error', (e) => this.options.onError?.(describeMapError(e.error)));
    map.once('load', () => {
      this.addRegistryLayers();
      this.options.onReady?.();
    });
  }

  private addRegistryLayers() {
    const map = this.map!;
    const before = (map.getStyle().metadata as Record<string, string> | undefined)?.['hinterland:first-label-layer'];
    for (const layer of LAYERS.filter((l) => !l.toggleable)) {
      const source = sourceIdOf(layer);
      map.addSource(source, {
        type: 'geojson',
        data: new URL(layerApiPath(layer.id), window.location.href).href,
        promoteId: layer.idProperty,
        attribution: layer.sources.map((s) => s.name.split(' (')[0]).join(' · '),
      });
      for (const styleLayer of layer.mapLayers(source)) map.addLayer(styleLayer as never, before);
      const interactive = layer.mapLayers(source).find((l) => l.type === 'fill' || l.type === 'circle');
      if (interactive) this.bindHover(layer, interactive.id, source);
    }
  }

  private bindHover(layer: LayerDefinition, styleLayerId: string, source: string) {
    const map = this.map!;
    map.on('mousemove', styleLayerId, (e: MapMouseEvent & { features?: MapGeoJSONFeature[] }) => {
      const feature = e.features?.[0];
      if (!feature || feature.id === undefined) return;
      if (this.hovered?.id !== feature.id) {
        this.clearHover();
        this.hovered = { source, id: feature.id };
        map.setFeatureState(this.hovered, { hover: true });
      }
      map.getCanvas().style.cursor = 'pointer';
      this.options.onHover?.({ layerId: layer.id, properties: feature.properties, point: e.point });
    });
    map.on('mouseleave', styleLayerId, () => {
      this.clearHover();
      map.getCanvas().style.cursor = '';
      this.options.onHover?.(null);
    });
  }

  private clearHover() {
    if (this.hovered && this.map) this.map.setFeatureState(this.hovered, { hover: false });
    this.hovered = null;
  }

  destroy() {
    this.disposed = true;
    if (this.map && window.__map === this.map) delete window.__map;
    this.map?.remove();
    this.map = null;
  }
}

function describeMapError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/webgl/i.test(message)) return 'Your browser could not start WebGL, which the map needs.';
  return `Part of the map could not be loaded (${message.slice(0, 120)}).`;
}
