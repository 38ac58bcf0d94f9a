/**
 * Link-preview images of views. An image is cached under what it draws, not under its URL: years
 * outside the data, a value range that dims nothing or ranges that dim the same provinces all give
 * one entry. Rendering is bounded (a work gate) and runs on a worker thread, off the event loop.
 */
import crypto from 'node:crypto';
import { createGatedCache } from '../cache/gated-cache';
import { createLruCache } from '../cache/lru-cache';
import { preparedIdentity, type PreparedBody } from '../http/prepared-body';
import { CACHE_CONTROL, CONTENT_TYPE } from '../http/response-kinds';
import { createWorkGate } from '../http/work-gate';
import { localizer } from '../i18n/localize';
import { DEFAULT_STATE, serializeViewState, type ViewState } from '../url/view-state';
import { provinceCollection } from './province-geometry';
import { pixelIdentity, type PreviewContent } from './preview-image';
import { renderPreviewInWorker } from './preview-renderer';
import { summarizeView } from './view-summary';

// Two renders at once on this 2-core machine (the worker draws one while the other encodes); a short queue
// absorbs bursts, and beyond it clients are told to come back rather than piling up work.
// A queued image waits at most 2 s (then 503), so a busy machine answers "come back" rather than letting the response deadline cut the socket.
export const previewGate = createWorkGate({ concurrency: 2, maxQueued: 32, retryAfterSeconds: 2, maxWaitMs: 2000 });
const images = createGatedCache(createLruCache<PreparedBody>({ maxEntries: 64 }), previewGate);

/** The parts of a view the image shows (the map's choropleth); map position, overlays, embed and the other views' settings do not change it. */
function previewQuery(state: ViewState): string {
  const { indicator, year, region, classification, group, range, lang, change } = state;
  // The change map draws from `from`; elsewhere `from` does not change the image.
  const from = change ? state.from : null;
  return serializeViewState({ ...DEFAULT_STATE, indicator, year, region, classification, group, range, lang, from, change });
}

export function previewPath(state: ViewState): string {
  const query = previewQuery(state);
  return `/api/preview${query ? `?${query}` : ''}`;
}

/** What the image of a view draws (the year shown is the nearest with data, as on the map). */
function previewContent(state: ViewState): PreviewContent {
  const l10n = localizer(state.lang);
  const view = summarizeView(state);
  return {
    title: view.title,
    unit: view.change?.unit ?? l10n.unit(view.indicator),
    legend: view.choropleth.legend,
    ...(view.change ? { note: view.change.note } : {}),
    source: [
      l10n.t('common.source', { sources: view.publishers.join('; ') || '—' }),
      ...(view.indicator.modeled ? [l10n.t('preview.modeled')] : view.estimated > 0 ? [l10n.t('preview.estimated', { count: view.estimated })] : []),
      'Hinterland',
    ].join(' · '),
    provinces: provinceCollection(),
    fills: view.choropleth.colors,
    dimmed: view.choropleth.dimmed,
    selected: state.region && /^\d{6}$/.test(state.region) ? state.region : null,
  };
}

/** The cache key of a view's image: equal for views that draw the same pixels. */
export function previewKey(state: ViewState): string {
  return keyOf(previewContent(state));
}

const keyOf = (content: PreviewContent) => crypto.createHash('sha1').update(pixelIdentity(content)).digest('base64url');

/** The view's PNG; rejects with WorkGateFullError when too many new images are being drawn. */
export function previewBody(state: ViewState): Promise<PreparedBody> {
  const content = previewContent(state);
  return images.get(keyOf(content), async () => preparedIdentity(await renderPreviewInWorker(content), CONTENT_TYPE.png, CACHE_CONTROL.previews));
}
