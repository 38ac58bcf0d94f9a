import { describe, expect, it } from 'vitest';
import { featureLinkId, parseFeatureLink } from './feature-link';

describe('feature deep-link ids', () => {
  it('names a cluster, a hub, a pair and a city by their layer prefix', () => {
    expect(featureLinkId('city-clusters', 'chengdu-chongqing')).toBe('cluster:chengdu-chongqing');
    expect(featureLinkId('rail-hubs', 'wuhan')).toBe('hub:wuhan');
    expect(featureLinkId('collaboration-pairs', '320000-630000-2016')).toBe('pair:320000-630000-2016');
    expect(featureLinkId('focus-cities', 'xining')).toBe('city:xining');
    expect(featureLinkId('nightlights', 5352)).toBe('cell:5352');
  });

  it('has no id for layers that are not deep-linked or for malformed feature ids', () => {
    expect(featureLinkId('provinces', '420000')).toBeNull();
    // Cells are numbered over the 125 × 72 grid.
    expect(featureLinkId('nightlights', 'c1')).toBeNull();
    expect(featureLinkId('nightlights', 9000)).toBeNull();
    expect(featureLinkId('city-clusters', '../etc')).toBeNull();
  });

  it('parses what it writes and rejects unknown prefixes and hostile ids', () => {
    expect(parseFeatureLink('cluster:chengdu-chongqing')).toEqual({ layerId: 'city-clusters', featureId: 'chengdu-chongqing' });
    expect(parseFeatureLink('cell:8999')).toEqual({ layerId: 'nightlights', featureId: '8999' });
    for (const bad of [
      'cluster:',
      ':x',
      'nightlights:a',
      'cell:a',
      'cell:9000',
      'cluster:A',
      'cluster:a/b',
      'hub:wuhan:x',
      `hub:${'a'.repeat(81)}`,
      '420000',
    ]) {
      expect(parseFeatureLink(bad)).toBeNull();
    }
  });
});
