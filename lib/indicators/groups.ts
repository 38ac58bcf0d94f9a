/**
 * Groups of provinces the dashboard compares against. Their values are computed from the members
 * (see aggregate.ts); China as a whole is not a group here but the published national figure.
 * Sources: NBS four economic regions (2011); coastal provinces per the State Oceanic Administration's
 * list of 11 coastal provincial units; Yangtze River Economic Belt per the State Council's 2014
 * Guiding Opinions (国发〔2014〕39号).
 */
import { CHINA_CODE, PROVINCES, type EconomicRegion } from '../regions/provinces';

export interface RegionGroup {
  id: string;
  name_en: string;
  name_zh: string;
  /** Hanyu Pinyin without tones, for search. */
  pinyin: string;
  members: readonly string[];
}

const inRegion = (r: EconomicRegion) => PROVINCES.filter((p) => p.region === r).map((p) => p.code);

const YANGTZE_BELT = ['310000', '320000', '330000', '340000', '360000', '420000', '430000', '500000', '510000', '520000', '530000'];

export const GROUPS: readonly RegionGroup[] = [
  { id: 'east', name_en: 'East', name_zh: '东部', pinyin: 'Dongbu', members: inRegion('east') },
  { id: 'central', name_en: 'Central', name_zh: '中部', pinyin: 'Zhongbu', members: inRegion('central') },
  { id: 'west', name_en: 'West', name_zh: '西部', pinyin: 'Xibu', members: inRegion('west') },
  { id: 'northeast', name_en: 'Northeast', name_zh: '东北', pinyin: 'Dongbei', members: inRegion('northeast') },
  {
    id: 'coastal',
    name_en: 'Coastal provinces',
    name_zh: '沿海省份',
    pinyin: 'Yanhai shengfen',
    members: PROVINCES.filter((p) => p.coastal).map((p) => p.code),
  },
  { id: 'inland', name_en: 'Inland provinces', name_zh: '内陆省份', pinyin: 'Neilu shengfen', members: PROVINCES.filter((p) => !p.coastal).map((p) => p.code) },
  { id: 'yangtze-belt', name_en: 'Yangtze River Economic Belt', name_zh: '长江经济带', pinyin: 'Changjiang jingjidai', members: YANGTZE_BELT },
];

export const CHINA = { code: CHINA_CODE, name_en: 'China', name_zh: '中国', pinyin: 'Zhongguo' } as const;

const BY_ID = new Map(GROUPS.map((g) => [g.id, g]));
export const groupById = (id: string) => BY_ID.get(id);
