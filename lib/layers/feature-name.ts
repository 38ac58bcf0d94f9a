import { cellBounds } from '../nightlights/grid';
import { provinceByCode } from '../regions/provinces';

/**
 * A layer feature's name in both languages, from its properties: East–West pairs by their two
 * partners, nightlight cells by their centre and province.
 */
export interface FeatureNames {
  name_en: string;
  name_zh: string;
}

export function featureName(p: Record<string, unknown> | null | undefined): FeatureNames | null {
  if (!p) return null;
  if (typeof p.name_en === 'string') return { name_en: p.name_en, name_zh: String(p.name_zh ?? p.name_en) };
  if (typeof p.east_name_en === 'string' && typeof p.west_name_en === 'string') {
    return { name_en: `${p.east_name_en} → ${p.west_name_en}`, name_zh: `${p.east_name_zh} → ${p.west_name_zh}` };
  }
  if (typeof p.id === 'number' && typeof p.province === 'string') {
    const province = provinceByCode(p.province);
    if (!province) return null;
    const [w, s, e, n] = cellBounds(p.id);
    const [lat, lng] = [(s + n) / 2, (w + e) / 2];
    return {
      name_en: `Nightlight cell at ${lat}°N ${lng}°E, ${province.name_en}`,
      name_zh: `夜间灯光格网（北纬${lat}°，东经${lng}°，${province.name_zh}）`,
    };
  }
  return null;
}
