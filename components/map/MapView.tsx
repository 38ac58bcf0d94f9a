'use client';

import { useEffect, useRef, useState } from 'react';
import { MapController, type HoverInfo } from './map-controller';
import { HoverCard } from './HoverCard';

type Status = { kind: 'loading' } | { kind: 'ready' } | { kind: 'error'; message: string };

export function MapView() {
  const container = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState<Status>({ kind: 'loading' });
  const [hover, setHover] = useState<HoverInfo | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!container.current) return;
    const controller = new MapController({
      container: container.current,
      onHover: setHover,
      onReady: () => setStatus({ kind: 'ready' }),
      onError: (message) => setStatus((s) => (s.kind === 'loading' ? { kind: 'error', message } : s)),
    });
    controller.start().catch((err: unknown) =>
      setStatus({ kind: 'error', message: err instanceof Error ? err.message : 'The map could not start.' }),
    );
    return () => controller.destroy();
  }, [attempt]);

  return (
    <>
      <div ref={container} className="map" role="region" aria-label="Map of China's provinces" />
      {status.kind === 'loading' && (
        <div className="map-status" role="status">
          Loading the map…
        </div>
      )}
      {status.kind === 'error' && (
        <div className="map-status" data-kind="error" role="alert">
          {status.message}
          <button
            type="button"
            onClick={() => {
              setStatus({ kind: 'loading' });
              setAttempt((n) => n + 1);
            }}
          >
            Retry
          </button>
        </div>
      )}
      {hover && <HoverCard info={hover} />}
    </>
  );
}
