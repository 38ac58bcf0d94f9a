/** Glyph PBFs from the geo build, read once; ranges no label uses answer with an empty glyph set. */
import fs from 'node:fs';
import path from 'node:path';
import { prepareBody, type PreparedBody } from '../http/prepared-body';
import { glyphRangeName, type FontStack } from '../tiles/glyph-fonts';
import { BUILD_DIR } from './build-files';
import { CACHE_CONTROL, CONTENT_TYPE } from '../http/response-kinds';
import { memoByKey } from '../cache/memo';

const bodies = memoByKey<PreparedBody>();

/** A glyphs message with one empty font stack: valid for MapLibre, draws nothing. */
function emptyRange(stack: string, start: number): Buffer {
  const str = (field: number, s: string) => {
    const b = Buffer.from(s, 'utf8');
    return Buffer.concat([Buffer.from([(field << 3) | 2, b.length]), b]);
  };
  const inner = Buffer.concat([str(1, stack), str(2, glyphRangeName(start))]);
  return Buffer.concat([Buffer.from([(1 << 3) | 2, inner.length]), inner]);
}

/** `start` is validated by the route (a multiple of 256 in the Unicode range), so the keys are bounded. */
export function glyphBody(stack: FontStack, start: number): PreparedBody {
  return bodies(`${stack}/${start}`, () => {
    const file = path.join(BUILD_DIR, 'glyphs', stack, `${glyphRangeName(start)}.pbf`);
    const bytes = fs.existsSync(file) ? fs.readFileSync(file) : emptyRange(stack, start);
    return prepareBody(bytes, CONTENT_TYPE.glyphs, CACHE_CONTROL.glyphs, 'fast');
  });
}
