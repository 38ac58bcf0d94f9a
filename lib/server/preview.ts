/** Link-preview images of views, drawn once per distinct view and kept (a bounded number of them). */
import { colorFor, legendRows } from '../choropleth/bins';
import { preparedIdentity, type PreparedBody } from '../http/prepared-body';
import { localizer } from '../i18n/localize';
import { DEFAULT_STATE, serializeViewState, type ViewState } from '../url/view-state';
import { provinceCollection } from './province-geometry';
import { renderPreviewPng } from './preview-image';
import { summarizeView } from './view-summary';

const MAX_IMAGES = 64;
const images = new Map<string, PreparedBody>();

/** The parts of a view the image shows; map position, overlays and embed do not change it. */
export function previewQuery(state: ViewState): string {
  return serializeViewState({ ...state, map: DEFAULT_STATE.map, layers: [], embed: false, compare: null });
}

export function previewPath(state: ViewState): string {
  const query = previewQuery(state);
  return `/api/preview${query ? `?${query}` : ''}`;
}

export function previewBody(state: ViewState): PreparedBody {
  const key = previewQuery(state);
  const cached = images.get(key);
  if (cached) return cached;
  const l10n = localizer(state.lang);
  const view = summarizeView(state);
  const png = renderPreviewPng({
    title: view.title,
    unit: l10n.unit(view.indicator),
    legend: legendRows(view.bins, (v) => l10n.value(v, view.indicator), l10n.t('legend.noData')),
    source: [
      l10n.t('common.source', { sources: view.publishers.join('; ') || '—' }),
      ...(view.indicator.modeled ? [l10n.t('preview.modeled')] : view.estimated > 0 ? [l10n.t('preview.estimated', { count: view.estimated })] : []),
      'Hinterland',
    ].join(' · '),
    provinces: provinceCollection(),
    colorOf: (code) => colorFor(view.values.get(code) ?? null, view.bins),
    dimmed: view.dimmed,
    selected: state.region && /^\d{6}$/.test(state.region) ? state.region : null,
  });
  const body = preparedIdentity(png, 'image/png', 'public, max-age=86400');
  if (images.size >= MAX_IMAGES) images.delete(images.keys().next().value!);
  images.set(key, body);
  return body;
}
