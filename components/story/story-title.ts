import { storyById } from '@/lib/story/stories';
import { storyStepTitle } from '@/lib/story/title';
import type { ViewState } from '@/lib/url/view-state';

/** The tab's title on a story step, as the server writes it; null outside a known story. */
export function storyTitleOf(view: ViewState): string | null {
  const story = view.story ? storyById(view.story) : undefined;
  return story ? storyStepTitle(story, view.step ?? 1, view.lang) : null;
}
