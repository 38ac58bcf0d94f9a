import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_STATE, type ViewState } from '../url/view-state';
import { previewBody, previewKey, previewPath } from './preview';
import * as renderer from './preview-renderer';

vi.mock('./preview-renderer', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./preview-renderer')>();
  return { ...actual, renderPreviewInWorker: vi.fn(actual.renderPreviewInWorker) };
});

const view = (over: Partial<ViewState>): ViewState => ({ ...DEFAULT_STATE, layers: [], map: { ...DEFAULT_STATE.map }, ...over });
// GDP per capita has data 2000–2024; in 2024 its lowest provincial value is 52,825 and its highest 228,167.
const gdp = (over: Partial<ViewState> = {}) => view({ indicator: 'gdp_per_capita', ...over });

describe('preview cache key: what the image draws, not how the URL spells it', () => {
  it('gives years outside the data the key of the nearest year with data, and no year that of the latest', () => {
    expect(previewKey(gdp({ year: 1949 }))).toBe(previewKey(gdp({ year: 2000 })));
    expect(previewKey(gdp({ year: 2100 }))).toBe(previewKey(gdp({ year: 2024 })));
    expect(previewKey(gdp({ year: null }))).toBe(previewKey(gdp({ year: 2024 })));
    expect(previewKey(gdp({ year: 2000 }))).not.toBe(previewKey(gdp({ year: 2001 })));
  });

  it('drops a value range that dims no province', () => {
    expect(previewKey(gdp({ year: 2024, range: [0, 1e9] }))).toBe(previewKey(gdp({ year: 2024 })));
    expect(previewKey(gdp({ year: 2024, range: [52825, 228167] }))).toBe(previewKey(gdp({ year: 2024 })));
    expect(previewKey(gdp({ year: 2024, range: [52826, 228167] }))).not.toBe(previewKey(gdp({ year: 2024 })));
  });

  it('gives ranges that dim the same provinces one key, however finely they are written', () => {
    const a = previewKey(gdp({ year: 2024, range: [100000, 200000] }));
    expect(previewKey(gdp({ year: 2024, range: [100000.0001, 199999.9999] }))).toBe(a);
    expect(previewKey(gdp({ year: 2024, range: [-5, 200000] }))).not.toBe(a);
  });

  it('keeps apart what changes the pixels: language, classification, the selected province', () => {
    const base = previewKey(gdp({ year: 2024 }));
    expect(previewKey(gdp({ year: 2024, lang: 'zh' }))).not.toBe(base);
    expect(previewKey(gdp({ year: 2024, classification: 'equal' }))).not.toBe(base);
    expect(previewKey(gdp({ year: 2024, region: '420000' }))).not.toBe(base);
  });

  it('draws the change map only with a change: `from` alone does not change the image', () => {
    const base = previewKey(gdp({ year: 2024 }));
    expect(previewKey(gdp({ year: 2024, from: 2005 }))).toBe(base);
    const pct = previewKey(gdp({ year: 2024, from: 2005, change: 'pct' }));
    expect(pct).not.toBe(base);
    expect(previewKey(gdp({ year: 2024, from: 2005, change: 'cagr' }))).not.toBe(pct);
    expect(previewKey(gdp({ year: 2024, from: 2010, change: 'pct' }))).not.toBe(pct);
    expect(previewPath(gdp({ year: 2024, from: 2005, change: 'pct', view: 'table' }))).toBe('/api/preview?year=2024&from=2005&change=pct');
    expect(previewPath(gdp({ year: 2024, from: 2005 }))).toBe('/api/preview?year=2024');
  });
});

describe('previewBody', () => {
  const render = vi.mocked(renderer.renderPreviewInWorker);
  // Braces: a function returned from beforeEach would be run as its teardown.
  beforeEach(() => {
    render.mockClear();
  });

  it('draws one image for URLs that draw the same pixels, and for a burst of requests for it', async () => {
    const [a, b, c] = await Promise.all([
      previewBody(gdp({ year: 2100, region: '610000' })),
      previewBody(gdp({ year: 2024, region: '610000' })),
      previewBody(gdp({ year: null, region: '610000', range: [0, 1e7] })),
    ]);
    expect(render).toHaveBeenCalledTimes(1);
    expect(b).toBe(a);
    expect(c).toBe(a);
    await previewBody(gdp({ year: 2030, region: '610000' }));
    expect(render).toHaveBeenCalledTimes(1);
  });

  it('draws the change map with its diverging legend and note', async () => {
    const body = await previewBody(gdp({ year: 2024, from: 2005, change: 'pct', lang: 'zh' }));
    expect(body.identity().subarray(1, 4).toString()).toBe('PNG');
    expect(render.mock.calls.at(-1)![0]).toMatchObject({
      title: '人均地区生产总值的变化，2005—2024年',
      unit: '变化（%）',
      note: expect.stringMatching(/^颜色以全国自身的变化/),
    });
  });
});
