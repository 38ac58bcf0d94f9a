/** A layer feature's name in both languages, from its properties (East–West pairs are named by their two partners). */
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
  return null;
}
