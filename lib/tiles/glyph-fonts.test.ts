import { describe, expect, it } from 'vitest';
import { isFontStack, parseGlyphRange } from './glyph-fonts';

describe('glyph ranges', () => {
  it('accepts the 256-code-point blocks MapLibre asks for', () => {
    expect(parseGlyphRange('0-255')).toBe(0);
    expect(parseGlyphRange('20224-20479')).toBe(20224);
    expect(parseGlyphRange('65280-65535')).toBe(65280);
  });

  it('rejects anything else', () => {
    for (const bad of ['0-256', '1-256', '65536-65791', '-1-254', '0-255.pbf', '../0-255', '']) {
      expect(parseGlyphRange(bad)).toBeNull();
    }
  });

  it('knows its font stacks and nothing else', () => {
    expect(isFontStack('Noto Sans Regular')).toBe(true);
    expect(isFontStack('constructor')).toBe(false);
    expect(isFontStack('Arial Unicode MS Regular')).toBe(false);
  });
});
