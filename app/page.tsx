import { MapView } from '@/components/map/MapView';

export default function Home() {
  return (
    <main className="app">
      <header className="masthead">
        <h1>Hinterland</h1>
        <p>
          Inland China’s economic catch-up, province by province. The map, its labels and its data are all served
          by this app: no third-party requests.
        </p>
      </header>
      <MapView />
    </main>
  );
}
