/**
 * The 31 provincial-level divisions of mainland China, keyed by GB/T 2260 code.
 * Economic regions follow the NBS four-region scheme; "coastal" is the 11 provinces on the sea.
 * Sources: GB/T 2260 (administrative division codes); NBS, "东西中部和东北地区划分方法" (2011).
 */
/** China as a whole, in the same code space as the provinces. */
export const CHINA_CODE = '100000';

export type EconomicRegion = 'east' | 'central' | 'west' | 'northeast';

export interface Province {
  code: string;
  name_en: string;
  /** Common short Chinese name, as used on maps ("湖北"). */
  name_zh: string;
  /** Official full Chinese name ("湖北省"). */
  full_name_zh: string;
  /** Hanyu Pinyin of the short name, without tones ("Nei Menggu" for Inner Mongolia), for search. */
  pinyin: string;
  region: EconomicRegion;
  coastal: boolean;
}

const p = (code: string, name_en: string, name_zh: string, full_name_zh: string, pinyin: string, region: EconomicRegion, coastal = false): Province => ({
  code,
  name_en,
  name_zh,
  full_name_zh,
  pinyin,
  region,
  coastal,
});

export const PROVINCES: readonly Province[] = [
  p('110000', 'Beijing', '北京', '北京市', 'Beijing', 'east'),
  p('120000', 'Tianjin', '天津', '天津市', 'Tianjin', 'east', true),
  p('130000', 'Hebei', '河北', '河北省', 'Hebei', 'east', true),
  p('140000', 'Shanxi', '山西', '山西省', 'Shanxi', 'central'),
  p('150000', 'Inner Mongolia', '内蒙古', '内蒙古自治区', 'Nei Menggu', 'west'),
  p('210000', 'Liaoning', '辽宁', '辽宁省', 'Liaoning', 'northeast', true),
  p('220000', 'Jilin', '吉林', '吉林省', 'Jilin', 'northeast'),
  p('230000', 'Heilongjiang', '黑龙江', '黑龙江省', 'Heilongjiang', 'northeast'),
  p('310000', 'Shanghai', '上海', '上海市', 'Shanghai', 'east', true),
  p('320000', 'Jiangsu', '江苏', '江苏省', 'Jiangsu', 'east', true),
  p('330000', 'Zhejiang', '浙江', '浙江省', 'Zhejiang', 'east', true),
  p('340000', 'Anhui', '安徽', '安徽省', 'Anhui', 'central'),
  p('350000', 'Fujian', '福建', '福建省', 'Fujian', 'east', true),
  p('360000', 'Jiangxi', '江西', '江西省', 'Jiangxi', 'central'),
  p('370000', 'Shandong', '山东', '山东省', 'Shandong', 'east', true),
  p('410000', 'Henan', '河南', '河南省', 'Henan', 'central'),
  p('420000', 'Hubei', '湖北', '湖北省', 'Hubei', 'central'),
  p('430000', 'Hunan', '湖南', '湖南省', 'Hunan', 'central'),
  p('440000', 'Guangdong', '广东', '广东省', 'Guangdong', 'east', true),
  p('450000', 'Guangxi', '广西', '广西壮族自治区', 'Guangxi', 'west', true),
  p('460000', 'Hainan', '海南', '海南省', 'Hainan', 'east', true),
  p('500000', 'Chongqing', '重庆', '重庆市', 'Chongqing', 'west'),
  p('510000', 'Sichuan', '四川', '四川省', 'Sichuan', 'west'),
  p('520000', 'Guizhou', '贵州', '贵州省', 'Guizhou', 'west'),
  p('530000', 'Yunnan', '云南', '云南省', 'Yunnan', 'west'),
  p('540000', 'Tibet', '西藏', '西藏自治区', 'Xizang', 'west'),
  p('610000', 'Shaanxi', '陕西', '陕西省', 'Shaanxi', 'west'),
  p('620000', 'Gansu', '甘肃', '甘肃省', 'Gansu', 'west'),
  p('630000', 'Qinghai', '青海', '青海省', 'Qinghai', 'west'),
  p('640000', 'Ningxia', '宁夏', '宁夏回族自治区', 'Ningxia', 'west'),
  p('650000', 'Xinjiang', '新疆', '新疆维吾尔自治区', 'Xinjiang', 'west'),
];

const BY_CODE = new Map(PROVINCES.map((prov) => [prov.code, prov]));

export function provinceByCode(code: string): Province | undefined {
  return BY_CODE.get(code);
}

export const PROVINCE_CODES: readonly string[] = PROVINCES.map((prov) => prov.code);
