import { describe, expect, it } from 'vitest';
import { featureName } from './feature-name';

describe('featureName', () => {
  it('names features by their names, pairs by their partners, and nothing else', () => {
    expect(featureName({ name_en: 'Wuhan', name_zh: '武汉' })).toEqual({ name_en: 'Wuhan', name_zh: '武汉' });
    expect(featureName({ east_name_en: 'Jiangsu', east_name_zh: '江苏', west_name_en: 'Qinghai', west_name_zh: '青海' })).toEqual({
      name_en: 'Jiangsu → Qinghai',
      name_zh: '江苏 → 青海',
    });
    expect(featureName({ id: 'cell-1' })).toBeNull();
    // Cell 7627: column 7627 % 125 = 2 (73 + 2 × 0.5 = 74°E), row 61 (18 + 61 × 0.5 = 48.5°N).
    expect(featureName({ id: 7627, province: '650000' })).toEqual({
      name_en: 'Nightlight cell at 48.75°N 74.25°E, Xinjiang',
      name_zh: '夜间灯光格网（北纬48.75°，东经74.25°，新疆）',
    });
    expect(featureName({ id: 7627, province: '999999' })).toBeNull();
    expect(featureName(null)).toBeNull();
  });
});
