'use client';

import { useEffect, useLayoutEffect, useRef, useState, type MutableRefObject } from 'react';
import {
  MapController,
  startLoadingMapLibre,
  type ChoroplethView,
  type ControllerView,
  type FeatureRef,
  type HoverInfo,
  type LayerStatus,
} from './map-controller';
import { useI18n } from '@/components/i18n/use-i18n';
import { coveredInsets, NO_PADDING, type Padding } from '@/lib/map/insets';
import { markFirstMap } from './first-map-state';

/** What the page's panels (marked data-covers-map) hide of the map, edge by edge, measured now. */
function measureCovered(map: HTMLElement | null): Padding {
  if (!map) return NO_PADDING;
  const overlays = [...document.querySelectorAll('[data-covers-map]')].map((el) => el.getBoundingClientRect());
  return coveredInsets(map.getBoundingClientRect(), overlays);
}

// The map's library loads as soon as the page's scripts run (they start after the first frame),
// beside hydration rather than after it: the map shows under every view, so it is always needed.
if (typeof window !== 'undefined') startLoadingMapLibre();

/** 'static': no WebGL2, so the server-drawn first map stays as the map. */
type Status = { kind: 'loading' } | { kind: 'ready' } | { kind: 'static' } | { kind: 'error'; message: string };

/** What the server-drawn first map shows of a view: the values and their colours, what is dimmed, the selection and the layers. */
const drawnKey = (choropleth: ChoroplethView | null, selected: ControllerView['selected'], layers: readonly string[]) =>
  JSON.stringify([
    choropleth && [...choropleth.values],
    choropleth && [...choropleth.colors],
    choropleth && [...choropleth.dimmed],
    selected?.featureId ?? null,
    layers,
  ]);

/** MapLibre's error when it cannot get a WebGL2 context (GPUInitializationError), or a browser without WebGL2 at all. */
const isNoWebgl = (err: unknown) => err instanceof Error && (err.name === 'GPUInitializationError' || /webgl/i.test(err.message));

interface MapViewProps {
  layers: readonly string[];
  choropleth: ChoroplethView | null;
  selected: ControllerView['selected'];
  position: ControllerView['position'];
  year: number | null;
  lang: ControllerView['lang'];
  onMove: (position: ControllerView['position']) => void;
  onHover: (info: HoverInfo | null) => void;
  onSelect: (feature: FeatureRef | null) => void;
  onLayerStatus: (layerId: string, status: LayerStatus) => void;
  controllerRef: MutableRefObject<MapController | null>;
}

/** The map element: starts the controller, shows its loading or error state, and syncs the view. */
export function MapView({ layers, choropleth, selected, position, year, lang, onMove, onHover, onSelect, onLayerStatus, controllerRef }: MapViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState<Status>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const { t } = useI18n();
  // The controller lives as long as the map; it reaches the latest callbacks (and messages) through this.
  const callbacks = useRef({ onHover, onSelect, onLayerStatus, onMove, t });
  useEffect(() => {
    callbacks.current = { onHover, onSelect, onLayerStatus, onMove, t };
  });
  // The view as of the last commit: a controller made (or made again) after it starts from it; later changes go through sync().
  const latestView = useRef<ControllerView>({ layers, choropleth, selected, position, year, lang });

  useEffect(() => {
    if (!container.current) return;
    const controller = new MapController({
      container: container.current,
      position: latestView.current.position,
      lang: latestView.current.lang,
      onMove: (p) => callbacks.current.onMove(p),
      onHover: (i) => callbacks.current.onHover(i),
      onSelect: (f) => callbacks.current.onSelect(f),
      onLayerStatus: (id, s) => callbacks.current.onLayerStatus(id, s),
      onReady: () => setStatus({ kind: 'ready' }),
      onChoroplethShown: () => markFirstMap('shown'),
      onError: (message) => setStatus((s) => (s.kind === 'loading' ? { kind: 'error', message } : s)),
      coveredInsets: () => measureCovered(container.current),
    });
    controllerRef.current = controller;
    controller.sync(latestView.current);
    controller.start().catch((err: unknown) => {
      if (isNoWebgl(err)) {
        markFirstMap('static');
        setStatus({ kind: 'static' });
      } else setStatus({ kind: 'error', message: err instanceof Error ? err.message : callbacks.current.t('map.couldNotStart') });
    });
    return () => {
      controller.destroy();
      controllerRef.current = null;
    };
  }, [attempt, controllerRef]);

  // Once the reader has moved on from the view the server drew, its first map would show the wrong thing: it goes (MapLibre draws the new one).
  const firstDrawn = useRef<string | null>(null);
  useEffect(() => {
    const key = drawnKey(choropleth, selected, layers);
    firstDrawn.current ??= key;
    if (key !== firstDrawn.current && status.kind !== 'static') markFirstMap('shown');
  }, [choropleth, selected, layers, status.kind]);

  // Before the browser's next frame, not after it: MapLibre's frame then draws the new colours at once.
  useLayoutEffect(() => {
    latestView.current = { layers, choropleth, selected, position, year, lang };
    controllerRef.current?.sync(latestView.current);
  }, [layers, choropleth, selected, position, year, lang, controllerRef]);

  return (
    <>
      <div ref={container} className="map" role="region" aria-label={t('app.mapLabel')} />
      {status.kind === 'loading' && (
        <div className="map-status" role="status">
          {t('map.loading')}
        </div>
      )}
      {status.kind === 'static' && (
        <p className="first-map-note" role="status">
          {t('firstMap.staticNotice')}
        </p>
      )}
      {status.kind === 'error' && (
        <div className="map-status" data-kind="error" role="alert">
          {status.message}
          <button
            type="button"
            onClick={() => {
              setStatus({ kind: 'loading' });
              setAttempt((n) => n + 1);
            }}
          >
            {t('common.retry')}
          </button>
        </div>
      )}
    </>
  );
}
