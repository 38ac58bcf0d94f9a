'use client';

import { useState } from 'react';
import type { IndicatorYear } from '@/lib/indicators/api-types';
import type { Bins } from '@/lib/choropleth/bins';
import { legendRows } from '@/lib/choropleth/bins';
import { formatValue } from '@/lib/indicators/format';
import { composeMapPng } from '../export/map-png';
import type { MapController } from '../map/map-controller';

/** Share the exact view as a link; download its data (CSV, GeoJSON) or the map as a PNG. */
export function ShareAndDownload({ data, bins, controller }: { data: IndicatorYear; bins: Bins | null; controller: () => MapController | null }) {
  const [message, setMessage] = useState<string | null>(null);
  const { indicator, year } = data;
  const base = `/api/indicators/${indicator.id}?year=${year}`;
  const publishers = [...new Set(Object.values(data.sources).map((c) => c.publisher))].join('; ');

  const share = async () => {
    const url = window.location.href;
    try {
      if (navigator.share) {
        await navigator.share({ title: document.title, url });
        setMessage('Shared.');
      } else {
        await navigator.clipboard.writeText(url);
        setMessage('Link copied to the clipboard.');
      }
    } catch (err) {
      if ((err as Error).name === 'AbortError') return;
      setMessage(`Copy this link: ${url}`);
    }
  };

  const png = async () => {
    const c = controller();
    if (!c) return;
    try {
      const canvas = composeMapPng(await c.snapshot(), {
        title: `${indicator.label_en}, ${year} (${indicator.unit_en})`,
        legend: legendRows(bins, (v) => formatValue(v, indicator)),
        source: `Source: ${publishers}. Map: Natural Earth, GeoNames. Hinterland`,
      });
      const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
      if (!blob) throw new Error('the browser could not encode the image');
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = `hinterland-${indicator.id}-${year}.png`;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setMessage('Map image saved.');
    } catch (err) {
      setMessage(`The image could not be made: ${(err as Error).message}`);
    }
  };

  return (
    <div className="share">
      <button type="button" onClick={share}>
        Share
      </button>
      <details>
        <summary>Download</summary>
        <ul>
          <li>
            <a href={`${base}&format=csv`} download>
              Data as CSV (values, units, sources, licence)
            </a>
          </li>
          <li>
            <a href={`${base}&format=geojson`} download>
              Provinces with values as GeoJSON
            </a>
          </li>
          <li>
            <button type="button" className="link" onClick={png}>
              Map as PNG (with legend and source)
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
