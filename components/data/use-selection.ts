'use client';

import { useCallback, useMemo, useState } from 'react';
import { featureLinkId, parseFeatureLink } from '@/lib/layers/feature-link';
import type { ViewState } from '@/lib/url/view-state';
import type { FeatureRef } from '../map/map-controller';
import type { HistoryMode } from '@/lib/url/view-history';
import { useLayerFeature } from './use-layer-feature';

/**
 * What is selected: a province or group (`region` in the URL), a map feature a link can name
 * ("cluster:…", "cell:…", also in the URL, its properties from the click or fetched for a deep link),
 * or a feature no link can name, which lives only in this state.
 */
export function useSelection(region: string | null, year: number | null, update: (patch: Partial<ViewState>, how: HistoryMode) => void) {
  // The last clicked overlay feature: its properties, and the selection itself for features a link cannot name.
  const [clicked, setClicked] = useState<FeatureRef | null>(null);
  const regionLink = useMemo(() => (region ? parseFeatureLink(region) : null), [region]);
  const clickedLink = clicked && featureLinkId(clicked.layerId, clicked.featureId);
  const linkedFeature = useLayerFeature(regionLink, !!clickedLink && clickedLink === region, year);

  const selection: FeatureRef | null = regionLink
    ? clickedLink === region
      ? clicked
      : linkedFeature.properties && { ...regionLink, properties: linkedFeature.properties }
    : region
      ? { layerId: 'provinces', featureId: region, properties: {} }
      : clicked && !clickedLink
        ? clicked
        : null;

  const select = useCallback(
    (f: FeatureRef | null) => {
      setClicked(f?.layerId === 'provinces' ? null : f);
      const next = !f ? null : f.layerId === 'provinces' ? String(f.featureId) : featureLinkId(f.layerId, f.featureId);
      // Closing the region closes its comparison too; another region keeps it.
      if (next !== region) update(next ? { region: next } : { region: null, compare: null }, 'push');
    },
    [update, region],
  );

  // The map highlight depends on identity only, not on when a linked feature's properties arrive.
  const [layerId, featureId] = [selection?.layerId ?? regionLink?.layerId, selection?.featureId ?? regionLink?.featureId];
  const highlighted = useMemo(() => (layerId !== undefined && featureId !== undefined ? { layerId, featureId } : null), [layerId, featureId]);

  return {
    selection,
    select,
    highlighted,
    /** A province or group code, when that is what is selected (the region panel's subject). */
    region: region && !regionLink ? region : null,
    linkedFeatureError: regionLink ? linkedFeature.error : undefined,
    retryLinkedFeature: linkedFeature.retry,
  };
}
