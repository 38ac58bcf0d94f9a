/** Glyph PBFs from the geo build, read once; ranges no label uses answer with an empty glyph set. */
import fs from 'node:fs';
import path from 'node:path';
import { prepareBody, type PreparedBody } from '../http/prepared-body';
import { glyphRangeName, type FontStack } from '../tiles/glyph-fonts';
import { BUILD_DIR } from './build-files';
import { CACHE_CONTROL, CONTENT_TYPE } from '../http/response-kinds';

const cache = new Map<string, PreparedBody>();

/** A glyphs message with one empty font stack: valid for MapLibre, draws nothing. */
function emptyRange(stack: string, start: number): Buffer {
  const str = (field: number, s: string) => {
    const b = Buffer.from(s, 'utf8');
    return Buffer.concat([Buffer.from([(field << 3) | 2, b.length]), b]);
  };
  const inner = Buffer.concat([str(1, stack), str(2, glyphRangeName(start))]);
  return Buffer.concat([Buffer.from([(1 << 3) | 2, inner.length]), inner]);
}

export function glyphBody(stack: FontStack, start: number): PreparedBody {
  const key = `${stack}/${start}`;
  let body = cache.get(key);
  if (!body) {
    const file = path.join(BUILD_DIR, 'glyphs', stack, `${glyphRangeName(start)}.pbf`);
    const bytes = fs.existsSync(file) ? fs.readFileSync(file) : emptyRange(stack, start);
    body = prepareBody(bytes, CONTENT_TYPE.glyphs, CACHE_CONTROL.glyphs);
    cache.set(key, body);
  }
  return body;
}
