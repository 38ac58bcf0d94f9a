'use client';

import { STORIES } from '@/lib/story/stories';
import { parseViewState, serializeViewState, type ViewContext, type ViewState } from '@/lib/url/view-state';
import type { HistoryMode } from '@/lib/url/view-history';
import { useI18n } from '../i18n/use-i18n';

/** "Read the story" in the masthead: a link to the first step of the brief's story, followed in place once the page is live. */
export function StoryButton({
  view,
  context,
  update,
}: {
  view: ViewState;
  context: ViewContext | null;
  update: (p: Partial<ViewState>, how: HistoryMode) => void;
}) {
  const { t } = useI18n();
  const story = STORIES[0];
  const first = { ...view, story: story.id, step: 1 };
  return (
    <a
      className="question story-read"
      href={`/?${serializeViewState(first)}`}
      aria-current={view.story ? 'page' : undefined}
      onClick={(e) => {
        if (!context) return;
        e.preventDefault();
        update(parseViewState(new URLSearchParams(serializeViewState(first)), context).state, 'push');
      }}
    >
      {t('story.read')}
    </a>
  );
}
