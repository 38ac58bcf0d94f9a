/** Each story's facts, computed once from the dataset, and their body for GET /api/stories/{id}. */
import { memoByKey } from '../cache/memo';
import { prepareBody, type PreparedBody } from '../http/prepared-body';
import { CACHE_CONTROL, CONTENT_TYPE } from '../http/response-kinds';
import { storyFacts, type StoryFacts } from '../story/facts';
import type { Story } from '../story/types';
import { captionText, resolveCaption } from '../story/caption';
import { storyById, storyFactsPath } from '../story/stories';
import { storyStepTitle } from '../story/title';
import type { ViewState } from '../url/view-state';
import { dataset } from './indicator-store';

const memoFacts = memoByKey<StoryFacts>();
const memoBody = memoByKey<PreparedBody>();

export const storyFactsOf = (story: Story): StoryFacts => memoFacts(story.id, () => storyFacts(dataset(), story));

export const storyFactsBody = (story: Story): PreparedBody =>
  memoBody(story.id, () => prepareBody(JSON.stringify(storyFactsOf(story)), CONTENT_TYPE.json, CACHE_CONTROL.data, 'fast'));

/** A story link's page title and description (the step's caption with its numbers), or null outside a story. */
export function storyMeta(state: ViewState): { title: string; description: string } | null {
  const story = state.story ? storyById(state.story) : undefined;
  const step = story?.steps[(state.step ?? 1) - 1];
  if (!story || !step) return null;
  const description = captionText(resolveCaption(step.caption[state.lang], storyFactsOf(story), state.lang));
  return { title: storyStepTitle(story, state.step ?? 1, state.lang), description };
}

/** The story's facts under the key the page fetches them by, so a story link's caption has its numbers from the first render. */
export function storyInitialData(state: ViewState): Record<string, unknown> {
  const story = state.story ? storyById(state.story) : undefined;
  return story ? { [storyFactsPath(story.id)]: storyFactsOf(story) } : {};
}
