'use client';

import useSWR from 'swr';
import type { FeatureCollection } from 'geojson';
import { fetchJson } from '@/lib/http/fetch-json';
import { layerApiPath, layerById } from '@/lib/layers/registry';
import type { FeatureLink } from '@/lib/layers/feature-link';

/** A deep-linked feature's properties, read from its layer when no click has supplied them. */
export function useLayerFeature(link: FeatureLink | null, known: boolean) {
  const layer = link ? layerById(link.layerId) : undefined;
  const { data, error, mutate } = useSWR<FeatureCollection>(link && !known ? layerApiPath(link.layerId) : null, fetchJson, {
    revalidateOnFocus: false,
  });
  const feature = layer && link ? data?.features.find((f) => String(f.properties?.[layer.idProperty]) === link.featureId) : undefined;
  return { properties: feature?.properties ?? null, missing: !!data && !feature, error, retry: () => mutate() };
}
