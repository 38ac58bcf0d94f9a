/**
 * Each province's bounding box, rounded outwards to 0.1°: what the map pans and zooms to so that a
 * selected province shows beside (or above) whatever covers the map. From the build's province
 * geometry; province-bounds.test.ts checks the table against it.
 */
import type { Bounds } from './default-view';

export const PROVINCE_BOUNDS: Readonly<Record<string, Bounds>> = {
  '110000': [115.4, 39.4, 117.5, 41.1], // Beijing
  '120000': [116.6, 38.5, 118.1, 40.3], // Tianjin
  '130000': [113.4, 36, 119.9, 42.7], // Hebei
  '140000': [110.2, 34.5, 114.6, 40.8], // Shanxi
  '150000': [97.1, 37.3, 126.1, 53.4], // Inner Mongolia
  '210000': [118.8, 38.7, 125.8, 43.5], // Liaoning
  '220000': [121.6, 40.8, 131.3, 46.3], // Jilin
  '230000': [121.1, 43.4, 134.8, 53.6], // Heilongjiang
  '310000': [120.8, 30.6, 122, 31.9], // Shanghai
  '320000': [116.3, 30.7, 122, 35.2], // Jiangsu
  '330000': [117.9, 27.1, 122.8, 31.2], // Zhejiang
  '340000': [114.8, 29.4, 119.7, 34.7], // Anhui
  '350000': [115.8, 23.5, 120.5, 28.4], // Fujian
  '360000': [113.5, 24.4, 118.5, 30.1], // Jiangxi
  '370000': [114.8, 34.3, 122.7, 38.4], // Shandong
  '410000': [110.3, 31.3, 116.7, 36.4], // Henan
  '420000': [108.3, 29, 116.2, 33.3], // Hubei
  '430000': [108.7, 24.6, 114.3, 30.1], // Hunan
  '440000': [109.6, 20.2, 117.2, 25.6], // Guangdong
  '450000': [104.4, 21, 112.1, 26.4], // Guangxi
  '460000': [108.6, 15.7, 112.8, 20.2], // Hainan
  '500000': [105.2, 28.1, 110.2, 32.2], // Chongqing
  '510000': [97.3, 26, 108.6, 34.4], // Sichuan
  '520000': [103.5, 24.6, 109.6, 29.3], // Guizhou
  '530000': [97.5, 21.1, 106.2, 29.3], // Yunnan
  '540000': [78.3, 27.3, 99.2, 36.5], // Tibet
  '610000': [105.4, 31.7, 111.3, 39.6], // Shaanxi
  '620000': [92.7, 32.5, 108.8, 42.8], // Gansu
  '630000': [89.4, 31.5, 103.1, 39.4], // Qinghai
  '640000': [104.3, 35.2, 107.7, 39.4], // Ningxia
  '650000': [73.6, 34.3, 96.4, 49.2], // Xinjiang
};
