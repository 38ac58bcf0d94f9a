import type { Metadata } from 'next';
import { Dashboard } from '@/components/Dashboard';
import { dataset } from '@/lib/server/indicator-store';
import { viewContext } from '@/lib/url/context';
import { parseViewState } from '@/lib/url/view-state';
import { provinceByCode } from '@/lib/regions/provinces';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Reads the deep link on the server, so the first render already shows the linked view. */
async function viewFrom(props: Props) {
  const raw = await props.searchParams;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(raw)) if (typeof v === 'string') params.set(k, v);
  return parseViewState(params, viewContext(dataset().indicators.map((i) => i.id)));
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { state } = await viewFrom(props);
  const indicator = dataset().indicators.find((i) => i.id === state.indicator);
  const region = state.region ? provinceByCode(state.region) : undefined;
  const title = `${indicator?.label_en ?? 'China'}${state.year ? `, ${state.year}` : ''}${region ? ` — ${region.name_en}` : ''} · Hinterland`;
  const description = 'Inland China’s economic catch-up, province by province: an open, offline-first map with cited data.';
  return { title, description, openGraph: { title, description, type: 'website' }, twitter: { card: 'summary', title, description } };
}

export default async function Home(props: Props) {
  const { state, dropped } = await viewFrom(props);
  return (
    <main className="app">
      <Dashboard initialState={state} droppedParams={dropped} />
    </main>
  );
}
