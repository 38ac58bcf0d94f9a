'use client';

import { useState } from 'react';
import type { IndicatorYear } from '@/lib/indicators/api-types';
import type { LegendRow } from '@/lib/choropleth/bins';
import { composeMapPng } from '../export/map-png';
import type { MapController } from '../map/map-controller';
import { useI18n } from '@/components/i18n/use-i18n';

/** Share the exact view as a link; download its data (CSV, GeoJSON) or the map as a PNG. */
export function ShareAndDownload({ data, legend, controller }: { data: IndicatorYear; legend: LegendRow[]; controller: () => MapController | null }) {
  const [message, setMessage] = useState<string | null>(null);
  const { t, label, unit } = useI18n();
  const { indicator, year } = data;
  const base = `/api/indicators/${indicator.id}?year=${year}`;
  const publishers = [...new Set(Object.values(data.sources).map((c) => c.publisher))].join('; ');

  const share = async () => {
    const url = window.location.href;
    try {
      if (navigator.share) {
        await navigator.share({ title: document.title, url });
        setMessage(t('share.shared'));
      } else {
        await navigator.clipboard.writeText(url);
        setMessage(t('share.copied'));
      }
    } catch (err) {
      if ((err as Error).name === 'AbortError') return;
      setMessage(t('share.copyThis', { url }));
    }
  };

  const copyEmbed = async () => {
    const url = new URL(window.location.href);
    url.searchParams.set('embed', '1');
    const title = document.title.replaceAll('"', '&quot;');
    const code = `<iframe src="${url.href}" width="800" height="560" style="border:0" title="${title}" loading="lazy"></iframe>`;
    try {
      await navigator.clipboard.writeText(code);
      setMessage(t('share.embedCopied'));
    } catch {
      setMessage(t('share.copyThis', { url: code }));
    }
  };

  const png = async () => {
    const c = controller();
    if (!c) return;
    try {
      const canvas = composeMapPng(await c.snapshot(), {
        title: `${t('view.title', { indicator: label(indicator), year })} (${unit(indicator)})`,
        legend,
        source: t('share.pngSource', { sources: publishers }),
      });
      const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
      if (!blob) throw new Error('the browser could not encode the image');
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = `hinterland-${indicator.id}-${year}.png`;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setMessage(t('share.pngSaved'));
    } catch (err) {
      setMessage(t('share.pngFailed', { message: (err as Error).message }));
    }
  };

  return (
    <div className="share">
      <button type="button" onClick={share}>
        {t('share.share')}
      </button>
      <button type="button" onClick={copyEmbed}>
        {t('share.embed')}
      </button>
      <details>
        <summary>{t('share.download')}</summary>
        <ul>
          <li>
            <a href={`${base}&format=csv`} download>
              {t('share.csv')}
            </a>
          </li>
          <li>
            <a href={`${base}&format=geojson`} download>
              {t('share.geojson')}
            </a>
          </li>
          <li>
            <button type="button" className="link-button" onClick={png}>
              {t('share.png')}
            </button>
          </li>
        </ul>
      </details>
      {message && (
        <p role="status" className="share-status">
          {message}
        </p>
      )}
    </div>
  );
}
