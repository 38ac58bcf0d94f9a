/**
 * A change to the view while a story is open: moving the map or switching language stays on the step (the
 * link is the step's); any other change leaves the story, keeping the view the reader made.
 */
import type { ViewState } from '../url/view-state';

const STAYS = new Set<keyof ViewState>(['map', 'lang', 'embed', 'story', 'step']);

export function applyViewPatch(view: ViewState, patch: Partial<ViewState>): ViewState {
  const next = { ...view, ...patch };
  if (!view.story || 'story' in patch) return next;
  const changed = (Object.keys(patch) as (keyof ViewState)[]).some((k) => !STAYS.has(k) && JSON.stringify(view[k]) !== JSON.stringify(patch[k]));
  return changed ? { ...next, story: null, step: null } : next;
}
