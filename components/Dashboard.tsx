'use client';

import { useCallback, useMemo, useRef, useState } from 'react';
import { MapView } from './map/MapView';
import { HoverCard } from './map/HoverCard';
import type { FeatureRef, HoverInfo, LayerStatus, MapController } from './map/map-controller';
import { LayerPanel } from './controls/LayerPanel';
import { SelectionCard } from './panel/SelectionCard';

/** The page's interactive part: the map, its layer controls, and what is hovered or selected. */
export function Dashboard() {
  const controllerRef = useRef<MapController | null>(null);
  const [visible, setVisible] = useState<ReadonlySet<string>>(new Set());
  const [statuses, setStatuses] = useState<Record<string, LayerStatus>>({});
  const [hover, setHover] = useState<HoverInfo | null>(null);
  const [selection, setSelection] = useState<FeatureRef | null>(null);

  const layers = useMemo(() => [...visible], [visible]);
  const onToggle = useCallback((id: string, on: boolean) => {
    setVisible((v) => {
      const next = new Set(v);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);
  const onLayerStatus = useCallback((id: string, s: LayerStatus) => setStatuses((all) => ({ ...all, [id]: s })), []);

  return (
    <>
      <div className="side">
        <header className="masthead">
          <h1>Hinterland</h1>
          <p>
            Inland China’s economic catch-up, province by province. The map, its labels and its data are all served by
            this app: no third-party requests.
          </p>
        </header>
        <LayerPanel visible={visible} statuses={statuses} onToggle={onToggle} onRetry={(id) => controllerRef.current?.retryLayer(id)} />
      </div>
      <MapView layers={layers} onHover={setHover} onSelect={setSelection} onLayerStatus={onLayerStatus} controllerRef={controllerRef} />
      {visible.has('nightlights') && (
        <p className="map-badge" role="note">
          Nightlight proxy: modeled from population and GDP per capita — not satellite data
        </p>
      )}
      {hover && <HoverCard info={hover} />}
      {selection && <SelectionCard selection={selection} onClose={() => setSelection(null)} />}
    </>
  );
}
