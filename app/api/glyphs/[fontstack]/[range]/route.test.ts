import { describe, expect, it } from 'vitest';
import { PbfReader } from 'pbf';
import { routeParams, routeRequest } from '@/app/api/_testing/route-request';
import { GET } from './route';

/** Next hands the handler percent-decoded segments, as here. */
const getGlyphs = (fontstack: string, range: string) =>
  GET(routeRequest(`/api/glyphs/${encodeURIComponent(fontstack)}/${encodeURIComponent(range)}`), routeParams({ fontstack, range }));

/** Reads glyph ids and bitmap sizes with MapLibre's field numbers (id 1, bitmap 2, width 3, height 4). */
function readGlyphs(bytes: Uint8Array) {
  const glyphs: Array<{ id: number; bitmap: number; width: number; height: number }> = [];
  new PbfReader(bytes).readFields((tag, _, pbf) => {
    if (tag !== 1) return;
    pbf.readMessage((t, __, p) => {
      if (t !== 3) return;
      glyphs.push(
        p.readMessage(
          (f, g, q) => {
            if (f === 1) g.id = q.readVarint();
            else if (f === 2) g.bitmap = q.readBytes().length;
            else if (f === 3) g.width = q.readVarint();
            else if (f === 4) g.height = q.readVarint();
          },
          { id: 0, bitmap: 0, width: 0, height: 0 },
        ),
      );
    }, null);
  }, null);
  return glyphs;
}

describe('GET /api/glyphs/{fontstack}/{range}', () => {
  it('serves Latin glyphs whose SDF bitmaps fit their metrics (3 px border)', async () => {
    const res = await getGlyphs('Noto Sans Regular', '0-255');
    expect(res.status).toBe(200);
    const glyphs = readGlyphs(new Uint8Array(await res.arrayBuffer()));
    const a = glyphs.find((g) => g.id === 'A'.codePointAt(0))!;
    expect(a.width).toBeGreaterThan(5);
    expect(a.bitmap).toBe((a.width + 6) * (a.height + 6));
  });

  it('serves the Chinese characters of province labels (湖 of 湖北)', async () => {
    const cp = '湖'.codePointAt(0)!;
    const start = cp - (cp % 256);
    const res = await getGlyphs('Noto Sans Bold', `${start}-${start + 255}`);
    expect(readGlyphs(new Uint8Array(await res.arrayBuffer())).map((g) => g.id)).toContain(cp);
  });

  it('answers an empty glyph set for a range no label uses', async () => {
    const res = await getGlyphs('Noto Sans Regular', '61440-61695');
    expect(res.status).toBe(200);
    expect(readGlyphs(new Uint8Array(await res.arrayBuffer()))).toEqual([]);
  });

  it('rejects unknown font stacks (404) and malformed ranges (400)', async () => {
    expect((await getGlyphs('Comic Sans', '0-255')).status).toBe(404);
    expect((await getGlyphs('Noto Sans Regular', '0-256')).status).toBe(400);
    expect((await getGlyphs('Noto Sans Regular', '../../etc/passwd')).status).toBe(400);
  });
});
