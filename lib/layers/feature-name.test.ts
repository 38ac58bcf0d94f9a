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
    expect(featureName(null)).toBeNull();
  });
});
