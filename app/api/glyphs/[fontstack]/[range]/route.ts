import { jsonError, withErrors } from '@/lib/http/errors';
import { serveBody } from '@/lib/http/prepared-body';
import { FONT_STACKS, isFontStack, parseGlyphRange } from '@/lib/tiles/glyph-fonts';
import { glyphBody } from '@/lib/server/glyph-store';

type Params = { params: Promise<{ fontstack: string; range: string }> };

/** SDF glyphs for map labels, built from Noto fonts in npm packages: no glyph server needed. */
export const GET = withErrors(async (request: Request, { params }: Params) => {
  const { fontstack, range } = await params;
  // MapLibre may ask for a comma-separated stack; we serve its first font we have. Next has already
  // percent-decoded the segment: decoding again would throw on a literal % and undo double-encoding.
  const stack = fontstack
    .split(',')
    .map((s) => s.trim())
    .find(isFontStack);
  if (!stack) return jsonError(404, `Unknown font stack. Known: ${Object.keys(FONT_STACKS).join(', ')}.`);
  const start = parseGlyphRange(range.replace(/\.pbf$/, ''));
  if (start === null) return jsonError(400, 'Invalid glyph range: expected "N-M" with N a multiple of 256 and M = N + 255, up to 65535.');
  return serveBody(request, glyphBody(stack, start));
});
