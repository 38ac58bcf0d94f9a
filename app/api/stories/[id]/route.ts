import { jsonError, withErrors } from '@/lib/http/errors';
import { serveBody } from '@/lib/http/prepared-body';
import { storyFactsBody } from '@/lib/server/story-store';
import { STORIES, storyById } from '@/lib/story/stories';

type Params = { params: Promise<{ id: string }> };

/** The numbers a story's captions name, each with its indicator, place, year and citations. */
export const GET = withErrors(async (request: Request, { params }: Params) => {
  const { id } = await params;
  const story = storyById(id);
  if (!story) return jsonError(404, `Unknown story "${id.slice(0, 64)}": known stories are ${STORIES.map((s) => s.id).join(', ')}.`);
  return serveBody(request, storyFactsBody(story));
});
