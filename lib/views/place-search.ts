/**
 * Type-ahead search over the places a chart can draw (China, the groups, the provinces), by English
 * name, Chinese name or pinyin, with or without spaces ("neimenggu", "Nei Menggu", "内蒙", "inner").
 */
import { matchSorter } from 'match-sorter';
import { CHINA, GROUPS } from '../indicators/groups';
import { PROVINCES } from '../regions/provinces';

export interface PlaceEntry {
  code: string;
  name_en: string;
  name_zh: string;
  pinyin: string;
  kind: 'country' | 'group' | 'province';
}

export const PLACES: readonly PlaceEntry[] = [
  { ...CHINA, kind: 'country' },
  ...GROUPS.map((g) => ({ code: g.id, name_en: g.name_en, name_zh: g.name_zh, pinyin: g.pinyin, kind: 'group' as const })),
  ...PROVINCES.map((p) => ({ code: p.code, name_en: p.name_en, name_zh: p.name_zh, pinyin: p.pinyin, kind: 'province' as const })),
];

const squash = (s: string) => s.toLowerCase().replace(/[\s'’-]/g, '');

/** The places matching what was typed, best first; all of them (in their usual order) for an empty query. */
export function searchPlaces(query: string, exclude: readonly string[] = []): PlaceEntry[] {
  const candidates = PLACES.filter((p) => !exclude.includes(p.code));
  const q = query.trim();
  if (!q) return candidates;
  return matchSorter(candidates, squash(q), {
    keys: [(p) => squash(p.name_en), (p) => p.name_zh, (p) => squash(p.pinyin), (p) => p.code],
  });
}
