import { withErrors } from '@/lib/http/errors';
import { glyphAnswer } from '@/lib/server/asset-answers';

type Params = { params: Promise<{ fontstack: string; range: string }> };

/** Glyphs at their plain URL (short cache): the style names the versioned one, /api/glyphs/v/{version}/{fontstack}/{range}. */
export const GET = withErrors(async (request: Request, { params }: Params) => {
  const { fontstack, range } = await params;
  return glyphAnswer(request, fontstack, range, null);
});
