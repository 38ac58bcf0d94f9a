'use client';

import { LAYERS, type LayerKind, type LegendItem } from '@/lib/layers/registry';
import type { LayerStatus } from '@/components/map/map-controller';

const KIND_LABEL: Partial<Record<LayerKind, string>> = {
  modeled: 'modeled proxy',
  schematic: 'schematic outlines',
  reference: 'reference line',
};

export interface LayerPanelProps {
  visible: ReadonlySet<string>;
  statuses: Readonly<Record<string, LayerStatus>>;
  onToggle: (id: string, on: boolean) => void;
  onRetry: (id: string) => void;
}

/** One checkbox per overlay, named by the layer's title, with its legend and its loading/error state. */
export function LayerPanel({ visible, statuses, onToggle, onRetry }: LayerPanelProps) {
  return (
    <fieldset className="layer-panel">
      <legend>Layers</legend>
      {LAYERS.filter((l) => l.toggleable).map((layer) => {
        const status = statuses[layer.id] ?? { state: 'idle' };
        const on = visible.has(layer.id);
        return (
          <div key={layer.id} className="layer-row" data-layer={layer.id}>
            <label title={layer.description}>
              <input type="checkbox" checked={on} onChange={(e) => onToggle(layer.id, e.target.checked)} />
              {layer.title}
            </label>
            {KIND_LABEL[layer.kind] && <span className="layer-kind">{KIND_LABEL[layer.kind]}</span>}
            {on && status.state === 'loading' && <span className="layer-status" role="status">loading…</span>}
            {on && status.state === 'error' && (
              <span className="layer-status" data-kind="error" role="alert">
                {layer.title} could not be loaded: {status.message}{' '}
                <button type="button" onClick={() => onRetry(layer.id)}>
                  Retry
                </button>
              </span>
            )}
            {on && status.state === 'ready' && (
              <ul className="legend" aria-label={`${layer.title} legend`}>
                {layer.legend.map((item) => (
                  <li key={item.label}>
                    <LegendSymbol item={item} />
                    {item.label}
                  </li>
                ))}
              </ul>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}

function LegendSymbol({ item }: { item: LegendItem }) {
  return <span className={`legend-symbol legend-${item.symbol}`} style={{ ['--c' as string]: item.color }} aria-hidden="true" />;
}
