'use client';

import { usePanel } from './use-panel';
import { layerById } from '@/lib/layers/registry';
import type { FeatureRef } from '@/components/map/map-controller';
import { SelectionDetails } from './SelectionDetails';
import { useI18n } from '@/components/i18n/use-i18n';

/** What was clicked: the feature's title, its key facts and where they come from. */
export function SelectionCard({ selection, year, onClose }: { selection: FeatureRef; year: number; onClose: () => void }) {
  const layer = layerById(selection.layerId);
  const { t, lang } = useI18n();
  const panel = usePanel<HTMLElement>(onClose);
  if (!layer) return null;
  const { title, lines } = layer.tooltip(selection.properties, year, lang);
  return (
    <aside ref={panel} tabIndex={-1} className="selection-card" data-covers-map aria-label={t('selection.details')}>
      <header>
        <p className="selection-layer">{lang === 'zh' ? layer.title_zh : layer.title}</p>
        <h2>{title}</h2>
        <button type="button" className="close" onClick={onClose} aria-label={t('selection.closeDetails')}>
          ×
        </button>
      </header>
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
      <SelectionDetails layerId={layer.id} properties={selection.properties} year={year} />
    </aside>
  );
}
