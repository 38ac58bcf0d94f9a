import type { Metadata, Viewport } from 'next';
import 'maplibre-gl/dist/maplibre-gl.css';
import './globals.css';

export const metadata: Metadata = {
  title: 'Hinterland — inland China’s economic catch-up, mapped',
  description:
    'An open, offline-first map of China’s provinces: GDP per capita, population, urbanization, income and education over time, with the Hu Line, city clusters and rail hubs.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
