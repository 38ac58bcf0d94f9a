'use client';

import type { Citation } from '@/lib/indicators/schema';
import { citationLabel } from '@/lib/indicators/citation-label';
import { useI18n } from '@/components/i18n/use-i18n';
import { useViewLinks } from './view-links';

/** Short readable sources for the numbers shown, each a link into the Sources view at its citation. */
export function SourceLinks({ indicator, ids, citations }: { indicator: string; ids: readonly string[]; citations: Record<string, Citation> }) {
  const { t, lang } = useI18n();
  const links = useViewLinks();
  const unique = [...new Set(ids)].filter((id) => citations[id]).sort();
  if (unique.length === 0) return null;
  // Group values cite every member's source: name the first few and count the rest.
  const shown = unique.slice(0, 3);
  const more = unique.length - shown.length;
  return (
    <p className="source-links">
      {t('views.sourcePrefix')}
      {shown.map((id, i) => (
        <span key={id}>
          {i > 0 ? '; ' : ''}
          <a
            href={links.sourcesHref(indicator, id)}
            onClick={(e) => {
              e.preventDefault();
              links.openSources(indicator, id);
            }}
          >
            {citationLabel(citations[id], lang)}
          </a>
        </span>
      ))}
      {more > 0 ? ` (+${more})` : ''}
    </p>
  );
}
