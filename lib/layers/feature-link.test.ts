import { describe, expect, it } from 'vitest';
import { featureLinkId, parseFeatureLink } from './feature-link';

describe('feature deep-link ids', () => {
  it('names a cluster, a hub, a pair and a city by their layer prefix', () => {
    expect(featureLinkId('city-clusters', 'chengdu-chongqing')).toBe('cluster:chengdu-chongqing');
    expect(featureLinkId('rail-hubs', 'wuhan')).toBe('hub:wuhan');
    expect(featureLinkId('collaboration-pairs', '320000-630000-2016')).toBe('pair:320000-630000-2016');
    expect(featureLinkId('focus-cities', 'xining')).toBe('city:xining');
  });

  it('has no id for layers that are not deep-linked or for malformed feature ids', () => {
    expect(featureLinkId('nightlights', 'c1')).toBeNull();
    expect(featureLinkId('city-clusters', '../etc')).toBeNull();
  });

  it('parses what it writes and rejects unknown prefixes and hostile ids', () => {
    expect(parseFeatureLink('cluster:chengdu-chongqing')).toEqual({ layerId: 'city-clusters', featureId: 'chengdu-chongqing' });
    for (const bad of ['cluster:', ':x', 'nightlights:a', 'cluster:A', 'cluster:a/b', 'hub:wuhan:x', `hub:${'a'.repeat(81)}`, '420000']) {
      expect(parseFeatureLink(bad)).toBeNull();
    }
  });
});
