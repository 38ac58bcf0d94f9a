import { describe, expect, it, vi } from 'vitest';
import * as image from './preview-image';
import { renderPreviewInWorker } from './preview-renderer';
import { provinceCollection } from './province-geometry';

// A spy on this thread's drawing: the worker has its own copy of the module, so calls there do not count.
vi.mock('./preview-image', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./preview-image')>();
  return { ...actual, renderPreviewPng: vi.fn(actual.renderPreviewPng) };
});

const content = (over: Partial<image.PreviewContent> = {}): image.PreviewContent => ({
  title: 'GDP per capita, 2024',
  unit: 'yuan',
  legend: [
    { label: 'under 60,000', color: '#fee5d9' },
    { label: '60,000 or more', color: '#a50f15' },
  ],
  source: 'Source: NBS · Hinterland',
  provinces: provinceCollection(),
  fills: new Map([
    ['420000', '#a50f15'],
    ['650000', '#fee5d9'],
  ]),
  dimmed: new Set(['650000']),
  selected: '420000',
  ...over,
});

describe('renderPreviewInWorker', () => {
  it('draws on another thread exactly what drawing here gives, byte for byte', async () => {
    const drawnHere = vi.mocked(image.renderPreviewPng);
    const fromWorker = await renderPreviewInWorker(content());
    expect(drawnHere).not.toHaveBeenCalled();
    expect(fromWorker.subarray(1, 4).toString()).toBe('PNG');
    expect(Buffer.compare(fromWorker, await drawnHere(content()))).toBe(0);
  });

  it('draws jobs sent together, each its own image', async () => {
    const [a, b] = await Promise.all([renderPreviewInWorker(content()), renderPreviewInWorker(content({ selected: null }))]);
    expect(Buffer.compare(a, b)).not.toBe(0);
    expect(Buffer.compare(a, await renderPreviewInWorker(content()))).toBe(0);
  });

  it('rejects a job whose drawing fails, with the reason, and goes on drawing the next', async () => {
    const broken = content({ legend: null as unknown as image.PreviewContent['legend'] });
    await expect(renderPreviewInWorker(broken)).rejects.toThrow(/^preview drawing failed: /);
    expect((await renderPreviewInWorker(content())).subarray(1, 4).toString()).toBe('PNG');
  });
});
