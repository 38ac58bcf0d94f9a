/** Everything an indicator can have a value for: China, the groups, the 31 provinces. */
import { PROVINCES } from '../regions/provinces';
import { CHINA, GROUPS } from './groups';

type RegionKind = 'country' | 'group' | 'province';

export interface RegionRef {
  code: string;
  name_en: string;
  name_zh: string;
  kind: RegionKind;
  members?: readonly string[];
}

export const REGIONS: readonly RegionRef[] = [
  { ...CHINA, kind: 'country' },
  ...GROUPS.map((g) => ({ code: g.id, name_en: g.name_en, name_zh: g.name_zh, kind: 'group' as const, members: g.members })),
  ...PROVINCES.map((p) => ({ code: p.code, name_en: p.name_en, name_zh: p.name_zh, kind: 'province' as const })),
];

const BY_CODE = new Map(REGIONS.map((r) => [r.code, r]));
export const regionByCode = (code: string) => BY_CODE.get(code);
