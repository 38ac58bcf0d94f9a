'use client';

import { useState, type ReactNode } from 'react';
import { useI18n } from '@/components/i18n/use-i18n';
import { chartSvg, saveBlob, saveText, svgToPng } from '../export/chart-file';

interface ViewFooterProps {
  /** The view's description, written from its data (also the figure's accessible description). */
  descriptionId: string;
  description: string;
  sources: ReactNode;
  /** File name without extension, e.g. "hinterland-chart-gdp_per_capita-2005-2024". */
  filename: string;
  csv: () => string;
  /** The drawn chart and its caption, for PNG and SVG; absent for the table. */
  chart?: () => { svg: SVGSVGElement | null; title: string; source: string };
}

/** Under every view: what it shows in words, its sources, and downloads of exactly what is shown. */
export function ViewFooter({ descriptionId, description, sources, filename, csv, chart }: ViewFooterProps) {
  const { t } = useI18n();
  const [message, setMessage] = useState<string | null>(null);
  const run = async (file: string, make: () => Promise<void> | void) => {
    try {
      await make();
      setMessage(t('views.saved', { file }));
    } catch (err) {
      setMessage(t('views.exportFailed', { message: (err as Error).message }));
    }
  };
  const drawn = () => {
    const c = chart!();
    if (!c.svg) throw new Error('the chart is not drawn yet');
    return chartSvg(c.svg, { title: c.title, source: c.source });
  };
  return (
    <footer className="view-footer">
      <p id={descriptionId} className="view-description">
        {description}
      </p>
      {sources}
      <div className="view-downloads" role="group" aria-label={t('views.download')}>
        <button type="button" onClick={() => run(`${filename}.csv`, () => saveText(csv(), 'text/csv;charset=utf-8', `${filename}.csv`))}>
          {t('views.downloadCsv')}
        </button>
        {chart && (
          <>
            <button type="button" onClick={() => run(`${filename}.png`, async () => saveBlob(await svgToPng(drawn()), `${filename}.png`))}>
              {t('views.downloadPng')}
            </button>
            <button type="button" onClick={() => run(`${filename}.svg`, () => saveText(drawn().markup, 'image/svg+xml', `${filename}.svg`))}>
              {t('views.downloadSvg')}
            </button>
          </>
        )}
      </div>
      <p className="share-status" role="status">
        {message}
      </p>
    </footer>
  );
}
