'use client';

import { LAYERS, type LayerKind, type LegendItem } from '@/lib/layers/registry';
import type { LayerStatus } from '@/components/map/map-controller';
import { useI18n } from '@/components/i18n/use-i18n';

const KIND_LABEL = { modeled: 'layers.kind.modeled', schematic: 'layers.kind.schematic', reference: 'layers.kind.reference' } as const satisfies Partial<
  Record<LayerKind, string>
>;
const kindLabel = (kind: LayerKind) => (kind in KIND_LABEL ? KIND_LABEL[kind as keyof typeof KIND_LABEL] : null);

interface LayerPanelProps {
  visible: ReadonlySet<string>;
  statuses: Readonly<Record<string, LayerStatus>>;
  onToggle: (id: string, on: boolean) => void;
  onRetry: (id: string) => void;
}

/** One checkbox per overlay, named by the layer's title, with its legend and its loading/error state. */
export function LayerPanel({ visible, statuses, onToggle, onRetry }: LayerPanelProps) {
  const { t, lang } = useI18n();
  const zh = lang === 'zh';
  return (
    <fieldset className="layer-panel">
      <legend>{t('layers.legend')}</legend>
      {LAYERS.filter((l) => l.toggleable).map((layer) => {
        const status = statuses[layer.id] ?? { state: 'idle' };
        const on = visible.has(layer.id);
        const title = zh ? layer.title_zh : layer.title;
        const kind = kindLabel(layer.kind);
        return (
          <div key={layer.id} className="layer-row" data-layer={layer.id}>
            <label title={zh ? layer.description_zh : layer.description}>
              <input type="checkbox" checked={on} onChange={(e) => onToggle(layer.id, e.target.checked)} />
              {title}
            </label>
            {kind && <span className="layer-kind">{t(kind)}</span>}
            {on && status.state === 'loading' && (
              <span className="layer-status" role="status">
                {t('layers.loading')}
              </span>
            )}
            {on && status.state === 'error' && (
              <span className="layer-status" data-kind="error" role="alert">
                {t('error.couldNotLoad', { what: title, message: status.message })}{' '}
                <button type="button" onClick={() => onRetry(layer.id)}>
                  {t('common.retry')}
                </button>
              </span>
            )}
            {on && status.state === 'ready' && (
              <ul className="legend" aria-label={t('layers.legendOf', { layer: title })}>
                {layer.legend.map((item) => (
                  <li key={item.label}>
                    <LegendSymbol item={item} />
                    {zh ? item.label_zh : item.label}
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

export function LegendSymbol({ item }: { item: LegendItem }) {
  return <span className={`legend-symbol legend-${item.symbol}`} style={{ ['--c' as string]: item.color }} aria-hidden="true" />;
}
