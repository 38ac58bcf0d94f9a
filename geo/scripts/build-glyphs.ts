/**
 * Renders SDF glyph PBFs (MapLibre's glyph protobuf) for the characters the basemap labels use,
 * from Noto Sans and Noto Sans SC (@fontsource, SIL OFL 1.1), so labels need no glyph server.
 * Latin text always gets the full 0–255 block; other blocks only carry the characters used.
 */
import fs from 'node:fs';
import path from 'node:path';
import { GlobalFonts, createCanvas } from '@napi-rs/canvas';
import TinySDF from '@mapbox/tiny-sdf';
import { PbfWriter as Pbf } from 'pbf';
import { FONT_STACKS, glyphRangeName, type FontStack } from '../../lib/tiles/glyph-fonts';
import { BUILD_DIR, fromModules } from './paths';
import { covers, fontFiles as readFontFiles } from '../../lib/fonts/fontsource';

const fontFiles = (pkg: string, weight: number) => readFontFiles(fromModules('@fontsource', pkg), weight);

class NodeTinySDF extends TinySDF {
  _createCanvas(size: number) {
    return createCanvas(size, size) as unknown as HTMLCanvasElement;
  }
}

const FONT_SIZE = 24;
const BUFFER = 3;

function rendererFor(weight: number) {
  const files = [...fontFiles('noto-sans', weight), ...fontFiles('noto-sans-sc', weight)];
  const sdfs = new Map<string, NodeTinySDF>();
  return (codePoint: number) => {
    const font = files.find((f) => covers(f, codePoint));
    if (!font) return null;
    let sdf = sdfs.get(font.file);
    if (!sdf) {
      const family = `glyphs-${sdfs.size}-${weight}`;
      GlobalFonts.registerFromPath(font.file, family);
      sdf = new NodeTinySDF({ fontSize: FONT_SIZE, buffer: BUFFER, radius: 8, cutoff: 0.25, fontFamily: family, fontWeight: String(weight) });
      sdfs.set(font.file, sdf);
    }
    return sdf.draw(String.fromCodePoint(codePoint));
  };
}

type Drawn = ReturnType<NodeTinySDF['draw']>;

/** glyphs.proto: id=1, bitmap=2, width=3, height=4, left=5 (sint), top=6 (sint), advance=7. */
function writeGlyph(g: { id: number; d: Drawn }, pbf: Pbf) {
  pbf.writeVarintField(1, g.id);
  if (g.d.glyphWidth > 0 && g.d.glyphHeight > 0) pbf.writeBytesField(2, new Uint8Array(g.d.data.buffer, g.d.data.byteOffset, g.d.data.length));
  pbf.writeVarintField(3, g.d.glyphWidth);
  pbf.writeVarintField(4, g.d.glyphHeight);
  pbf.writeSVarintField(5, g.d.glyphLeft);
  // MapLibre measures `top` from a 24 px em box, as fontnik-generated glyphs do.
  pbf.writeSVarintField(6, g.d.glyphTop - FONT_SIZE);
  pbf.writeVarintField(7, Math.round(g.d.glyphAdvance));
}

export function encodeGlyphRange(stack: string, start: number, glyphs: Array<{ id: number; d: Drawn }>): Uint8Array {
  const pbf = new Pbf();
  pbf.writeMessage(
    1,
    (_: unknown, p: Pbf) => {
      p.writeStringField(1, stack);
      p.writeStringField(2, glyphRangeName(start));
      for (const g of glyphs) p.writeMessage(3, writeGlyph, g);
    },
    null,
  );
  return pbf.finish();
}

export const GLYPH_DIR = path.join(BUILD_DIR, 'glyphs');

export function buildGlyphs(labels: string[]) {
  const codePoints = new Set<number>();
  for (let c = 32; c < 256; c++) codePoints.add(c);
  for (const s of labels) for (const ch of s) codePoints.add(ch.codePointAt(0)!);
  const byRange = new Map<number, number[]>();
  for (const cp of [...codePoints].filter((c) => c <= 0xffff).sort((a, b) => a - b)) {
    const start = cp - (cp % 256);
    byRange.set(start, [...(byRange.get(start) ?? []), cp]);
  }
  fs.rmSync(GLYPH_DIR, { recursive: true, force: true });
  let count = 0;
  for (const [stack, weight] of Object.entries(FONT_STACKS) as Array<[FontStack, number]>) {
    const render = rendererFor(weight);
    const dir = path.join(GLYPH_DIR, stack);
    fs.mkdirSync(dir, { recursive: true });
    for (const [start, cps] of byRange) {
      const glyphs = cps.flatMap((id) => {
        const d = render(id);
        return d ? [{ id, d }] : [];
      });
      count += glyphs.length;
      fs.writeFileSync(path.join(dir, `${glyphRangeName(start)}.pbf`), encodeGlyphRange(stack, start, glyphs));
    }
  }
  return { glyphs: count, ranges: byRange.size, fontstacks: Object.keys(FONT_STACKS).length };
}
