'use client';

import { useRef } from 'react';
import { VIEWS, type ViewKind } from '@/lib/url/view-state';
import { useI18n } from '@/components/i18n/use-i18n';

/** Map, Chart, Scatter, Table, Sources: tabs over one state (arrow keys move between them). */
export function ViewTabs({ view, hrefOf, onView }: { view: ViewKind; hrefOf: (view: ViewKind) => string; onView: (view: ViewKind) => void }) {
  const { t } = useI18n();
  const refs = useRef<Array<HTMLAnchorElement | null>>([]);
  const move = (from: number, by: number) => {
    const next = (from + by + VIEWS.length) % VIEWS.length;
    refs.current[next]?.focus();
    onView(VIEWS[next]);
  };
  return (
    <nav className="view-tabs" aria-label={t('views.label')}>
      <div role="tablist" aria-label={t('views.label')}>
        {VIEWS.map((v, i) => (
          <a
            key={v}
            ref={(el) => {
              refs.current[i] = el;
            }}
            role="tab"
            href={hrefOf(v)}
            aria-selected={v === view}
            aria-controls={v === view && v !== 'map' ? 'view-stage' : undefined}
            tabIndex={v === view ? 0 : -1}
            onClick={(e) => {
              e.preventDefault();
              onView(v);
            }}
            onKeyDown={(e) => {
              if (e.key === 'ArrowRight') move(i, 1);
              else if (e.key === 'ArrowLeft') move(i, -1);
            }}
          >
            {t(`views.${v}`)}
          </a>
        ))}
      </div>
    </nav>
  );
}
