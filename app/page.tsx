import type { Metadata } from 'next';
import { Dashboard } from '@/components/Dashboard';
import { FirstPaintMap } from '@/components/map/FirstPaintMap';
import { firstMapOf } from '@/lib/server/first-map';
import { translate } from '@/lib/i18n/messages';
import { catalogue, indicatorYear, valuesPanel, valuesPanelUrl, yearsWithData } from '@/lib/server/indicator-store';
import { changeStartYear } from '@/lib/choropleth/change-map';
import { featureLinkIds } from '@/lib/server/layer-store';
import { previewPath } from '@/lib/server/preview';
import { PREVIEW_SIZE } from '@/lib/server/preview-image';
import { summarizeView } from '@/lib/server/view-summary';
import { serverViewContext } from '@/lib/server/view-context';
import { parseViewState, type ViewState } from '@/lib/url/view-state';
import { publicOrigin } from '@/lib/http/origin';
import { measureKind } from '@/lib/inequality/applicability';
import { convergencePath, measuredRange } from '@/lib/inequality/range';
import { convergenceResponse, coverageOf } from '@/lib/server/convergence-store';
import { storyInitialData, storyMeta } from '@/lib/server/story-store';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Reads the deep link on the server, so the first render already shows the linked view. */
async function viewFrom(props: Props) {
  const raw = await props.searchParams;
  const params = new URLSearchParams();
  // Every value of a repeated parameter: the view parser's one rule decides (as server.mjs's edge does).
  for (const [k, v] of Object.entries(raw)) for (const value of [v ?? []].flat()) params.append(k, value);
  return parseViewState(params, serverViewContext());
}

/** Per-view title, description and preview image, so a shared link says what it shows. */
export async function generateMetadata(props: Props): Promise<Metadata> {
  const { state } = await viewFrom(props);
  const story = storyMeta(state);
  const title = `${story?.title ?? summarizeView(state).pageTitle} · Hinterland`;
  const description = story?.description ?? translate(state.lang, 'meta.description');
  // Link previews need absolute URLs: the configured public origin, never the request's Host.
  const image = { url: `${publicOrigin()}${previewPath(state)}`, width: PREVIEW_SIZE.width, height: PREVIEW_SIZE.height, alt: title };
  return {
    title,
    description,
    openGraph: { title, description, type: 'website', siteName: 'Hinterland', locale: state.lang === 'zh' ? 'zh_CN' : 'en_GB', images: [image] },
    twitter: { card: 'summary_large_image', title, description, images: [image.url] },
  };
}

const choroplethFrom = (state: ViewState, indicatorId: string, year: number | null) =>
  state.change ? changeStartYear(yearsWithData(indicatorId), state.from, year) : null;

/**
 * The catalogue and the linked year's values, under the keys the client fetches them by: the first
 * render has its data, so the map can colour provinces as soon as their shapes arrive. The same
 * objects the API serialises (lib/server/indicator-store.ts), not its bodies parsed again.
 */
function initialData(state: ViewState): Record<string, unknown> {
  const { indicator, year } = summarizeView(state);
  const data: Record<string, unknown> = { '/api/indicators': catalogue(), ...storyInitialData(state) };
  if (year !== null) data[`/api/indicators/${encodeURIComponent(indicator.id)}?year=${year}`] = indicatorYear(indicator, year);
  // The change map also colours from its start year's values.
  const from = choroplethFrom(state, indicator.id, year);
  if (from !== null) data[`/api/indicators/${encodeURIComponent(indicator.id)}?year=${from}`] = indicatorYear(indicator, from);
  // A link to the chart, scatter, table or sources view draws it from the first render.
  if (state.view !== 'map' && state.view !== 'gaps') data[valuesPanelUrl()] = valuesPanel();
  // The inequality view asks for the indicator's default range, then for the link's years (moved to complete ones).
  if (state.view === 'gaps' && measureKind(indicator) === 'rate') {
    const complete = coverageOf(indicator.id).complete;
    const [base, wanted] = [measuredRange(complete, null, null), measuredRange(complete, state.from, year)];
    if (base) data[convergencePath(indicator.id)] = convergenceResponse(indicator, base.from, base.to);
    if (base && wanted && (wanted.from !== base.from || wanted.to !== base.to)) {
      data[convergencePath(indicator.id, wanted)] = convergenceResponse(indicator, wanted.from, wanted.to);
    }
  }
  return data;
}

export default async function Home(props: Props) {
  const { state } = await viewFrom(props);
  // MapLibre is not preloaded: fetched and compiled beside the first paint, it held the server-drawn
  // map back on a 2-core machine; MapView imports it once the page's scripts run.
  const firstMap = firstMapOf(state);
  return (
    <main className={state.embed ? 'app embed' : 'app'}>
      <Dashboard initialState={state} featureLinks={featureLinkIds()} initialData={initialData(state)} />
      {/* After the dashboard: its panels are the anchors that frame the first map. */}
      {firstMap && <FirstPaintMap map={firstMap} />}
    </main>
  );
}
