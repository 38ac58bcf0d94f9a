'use client';

import useSWR from 'swr';
import type { FeatureCollection } from 'geojson';
import { fetchJson } from '@/lib/http/fetch-json';
import { layerApiPath, layerById } from '@/lib/layers/registry';
import type { FeatureLink } from '@/lib/layers/feature-link';

/** A deep-linked feature's properties, read from its layer when no click has supplied them; `year` is the timeline's. */
export function useLayerFeature(link: FeatureLink | null, known: boolean, year: number | null) {
  const layer = link ? layerById(link.layerId) : undefined;
  // A layer too large to read whole says how to read one feature (for the year shown).
  const path = link && layer && !known ? `${layerApiPath(link.layerId)}${layer.linkedIds?.query(link.featureId, year) ?? ''}` : null;
  const { data, error, mutate } = useSWR<FeatureCollection>(path, fetchJson, {
    revalidateOnFocus: false,
  });
  const feature = layer && link ? data?.features.find((f) => String(f.properties?.[layer.idProperty]) === link.featureId) : undefined;
  return { properties: feature?.properties ?? null, missing: !!data && !feature, error, retry: () => mutate() };
}
