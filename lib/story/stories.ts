/**
 * The stories, one file each under geo/sources/stories (checked by lib/story/stories.test.ts and the geo build).
 * The client bundles them: the URL parser needs each step's view, the story panel its captions.
 */
import brief from '../../geo/sources/stories/brief.json';
import type { Story, StoryStep } from './types';

export const STORIES: readonly Story[] = [brief as Story];

export const storyById = (id: string): Story | undefined => STORIES.find((s) => s.id === id);

/** Step n (1-based) of a story, or undefined. */
export const storyStep = (id: string, step: number): StoryStep | undefined => storyById(id)?.steps[step - 1];

/** Where the page reads a story's facts from: GET /api/stories/{id} (also the SWR key the server fills). */
export const storyFactsPath = (id: string) => `/api/stories/${encodeURIComponent(id)}`;
