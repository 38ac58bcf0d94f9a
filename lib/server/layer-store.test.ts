import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import type { BBox } from '../layers/query';
import { layerById } from '../layers/registry';
import { bboxBodyCount, layerBody } from './layer-store';

const nightlights = layerById('nightlights')!;
const provinces = layerById('provinces')!;
const features = (body: { identity: () => Buffer }) => JSON.parse(body.identity().toString('utf8')).features as Array<{ id: number }>;

describe('layer bodies', () => {
  it('serves the first request for a nightlight year without compressing it then (brotli 11 took over a second)', async () => {
    const t = performance.now();
    const body = await layerBody(nightlights, { year: 2013 });
    expect(performance.now() - t).toBeLessThan(500);
    expect(body.br!.length).toBeLessThan(body.gzip!.length);
    expect(features(body).length).toBeGreaterThan(3000);
  });

  it('keeps whole layers however many bbox variants are asked for', async () => {
    const whole = await layerBody(provinces);
    const wholeYear = await layerBody(nightlights, { year: 2010 });
    // 300 boxes that each pick a different set of grid cells (cells are 0.5°).
    const boxes: BBox[] = [];
    for (let i = 0; i < 20; i++) for (let j = 1; j <= 15; j++) boxes.push([100.25 + i * 0.5, 30.25, 100.25 + i * 0.5 + j * 0.5, 31.25]);
    const keys = new Set<string>();
    for (const bbox of boxes) keys.add((await layerBody(nightlights, { year: 2010, bbox })).hash);
    expect(keys.size).toBe(300);
    expect(bboxBodyCount()).toBeLessThanOrEqual(256);
    expect(await layerBody(provinces)).toBe(whole);
    expect(await layerBody(nightlights, { year: 2010 })).toBe(wholeYear);
  });

  it('gives boxes that pick the same features one body, and a box around everything the whole layer', async () => {
    const a = await layerBody(nightlights, { year: 2012, bbox: [110.1, 30.1, 112.4, 32.4] });
    const b = await layerBody(nightlights, { year: 2012, bbox: [110.2, 30.2, 112.3, 32.3] });
    expect(b).toBe(a);
    expect(features(a).length).toBeGreaterThan(0);
    expect(await layerBody(provinces, { bbox: [-180, -90, 180, 90] })).toBe(await layerBody(provinces));
  });
});
