import type { Metadata, Viewport } from 'next';
import { headers } from 'next/headers';
import './globals.css';
import './views.css';
// Noto Sans SC for the page's Chinese, as the few unicode-range subsets the UI needs (written by the geo build).
import '../geo/build/page-fonts.css';

export const metadata: Metadata = {
  title: 'Hinterland — inland China’s economic catch-up, mapped',
  description:
    'An open, offline-first map of China’s provinces: GDP per capita, population, urbanization, income and education over time, with the Hu Line, city clusters and rail hubs.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // The edge (lib/edge/handler.ts) reads the view's language from the URL (lang=zh); the client keeps it in sync after that.
  const lang = (await headers()).get('x-lang') === 'zh' ? 'zh-Hans' : 'en';
  return (
    <html lang={lang}>
      <body>{children}</body>
    </html>
  );
}
