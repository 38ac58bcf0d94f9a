'use client';

import { useEffect } from 'react';
import { layerById } from '@/lib/layers/registry';
import type { FeatureRef } from '@/components/map/map-controller';
import { SelectionDetails } from './SelectionDetails';

/** What was clicked: the feature's title, its key facts and where they come from. */
export function SelectionCard({ selection, year, onClose }: { selection: FeatureRef; year: number; onClose: () => void }) {
  const layer = layerById(selection.layerId);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  if (!layer) return null;
  const { title, lines } = layer.tooltip(selection.properties, year);
  return (
    <aside className="selection-card" aria-label="Selection details">
      <header>
        <p className="selection-layer">{layer.title}</p>
        <h2>{title}</h2>
        <button type="button" className="close" onClick={onClose} aria-label="Close details">
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
