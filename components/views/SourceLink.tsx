'use client';

import type { Citation } from '@/lib/indicators/schema';
import { citationLabel } from '@/lib/indicators/citation-label';
import { useI18n } from '@/components/i18n/use-i18n';
import { useViewLinks } from './view-links';

/** Short readable sources for the numbers shown, each a link into the Sources view at its citation. */
export function SourceLinks({
  indicator,
  ids,
  citations,
  compact = false,
}: {
  indicator: string;
  ids: readonly string[];
  citations: Record<string, Citation>;
  /** Beside a single number: the publisher only, the full label on hover. */
  compact?: boolean;
}) {
  const { t, lang } = useI18n();
  const links = useViewLinks();
  const unique = [...new Set(ids)].filter((id) => citations[id]).sort();
  if (unique.length === 0) return null;
  const Tag = compact ? 'span' : 'p';
  // Group values cite every member's source: name the first few and count the rest.
  const shown = unique.slice(0, compact ? 1 : 3);
  const more = unique.length - shown.length;
  return (
    <Tag className={compact ? 'source-links compact' : 'source-links'}>
      {compact ? ' · ' : t('views.sourcePrefix')}
      {shown.map((id, i) => (
        <span key={id}>
          {i > 0 ? '; ' : ''}
          <a
            href={links.sourcesHref(indicator, id)}
            title={compact ? citationLabel(citations[id], lang) : undefined}
            onClick={(e) => {
              e.preventDefault();
              links.openSources(indicator, id);
            }}
          >
            {compact ? t('views.sourceShort', { publisher: shortPublisher(citations[id].publisher) }) : citationLabel(citations[id], lang)}
          </a>
        </span>
      ))}
      {more > 0 ? ` (+${more})` : ''}
    </Tag>
  );
}

/** "National Bureau of Statistics of China (NBS)" → "NBS": the abbreviation a publisher gives itself, else its name. */
const shortPublisher = (publisher: string) => /\(([A-Z][A-Za-z]{1,9})\)/.exec(publisher)?.[1] ?? publisher;
