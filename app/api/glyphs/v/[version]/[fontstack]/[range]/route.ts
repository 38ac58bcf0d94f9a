import { withErrors } from '@/lib/http/errors';
import { glyphAnswer } from '@/lib/server/asset-answers';
import { glyphsVersion } from '@/lib/server/asset-versions';

type Params = { params: Promise<{ version: string; fontstack: string; range: string }> };

/** Glyphs under the glyph build's content hash (what the style names): immutable. */
export const GET = withErrors(async (request: Request, { params }: Params) => {
  const { version, fontstack, range } = await params;
  return glyphAnswer(request, fontstack, range, { asked: version, current: glyphsVersion });
});
