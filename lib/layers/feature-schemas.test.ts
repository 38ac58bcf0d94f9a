import { describe, expect, it } from 'vitest';
import { FEATURE_SCHEMAS } from './feature-schemas';
import { LAYERS } from './registry';

describe('feature schemas', () => {
  it('has exactly one schema for every layer in the registry, including its id property', () => {
    expect(Object.keys(FEATURE_SCHEMAS).sort()).toEqual(LAYERS.map((l) => l.id).sort());
    for (const layer of LAYERS) expect(Object.keys(FEATURE_SCHEMAS[layer.id].shape), layer.id).toContain(layer.idProperty);
  });
});
