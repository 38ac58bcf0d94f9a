import { describe, expect, it } from 'vitest';
import { displayUnit, formatIndicatorValue as format, rawUnit } from './format';
import { localizer } from '../i18n/localize';

const yuan = { decimals: 0, unit_en: 'yuan', unit_zh: '元' };
const population = { decimals: 0, unit_en: '10,000 persons', unit_zh: '万人' };
const gdp = { decimals: 1, unit_en: '100 million yuan', unit_zh: '亿元' };
const percent = { decimals: 1, unit_en: '%', unit_zh: '%' };
const rd = { decimals: 2, unit_en: '% of GDP', unit_zh: '%（占GDP）' };

describe('indicator values as text', () => {
  it('reads counts published in 10,000 persons as people', () => {
    expect(format(5834, population)).toBe('58.3 million people');
    expect(format(5834, population, 'zh')).toBe('5834万人');
    expect(format(12706, population)).toBe('127 million people');
    expect(format(12706, population, 'zh')).toBe('1.27亿人');
    expect(format(365, population)).toBe('3.65 million people');
    expect(format(365, population, 'zh')).toBe('365万人');
    expect(format(140828, population)).toBe('1.41 billion people');
    expect(format(140828, population, 'zh')).toBe('14.1亿人');
  });

  it('reads sums published in 100 million yuan as yuan, with billions and trillions (万亿)', () => {
    expect(format(59644.3, gdp)).toBe('5.96 trillion yuan');
    expect(format(59644.3, gdp, 'zh')).toBe('5.96万亿元');
    expect(format(2392.7, gdp)).toBe('239 billion yuan');
    expect(format(2392.7, gdp, 'zh')).toBe('2393亿元');
    expect(format(9.99, gdp)).toBe('999 million yuan');
    expect(format(135673.2, gdp)).toBe('13.6 trillion yuan');
    expect(format(135673.2, gdp, 'zh')).toBe('13.6万亿元');
  });

  it('moves up a magnitude when rounding reaches the next one', () => {
    expect(format(99999.6, population)).toBe('1 billion people'); // 999,996,000
    expect(format(9999.96, population, 'zh')).toBe('1亿人'); // 9999.96万
    expect(format(99.99999, population)).toBe('1 million people'); // 999,999.9
    expect(format(0.99999, population, 'zh')).toBe('1万人'); // 9999.9
    expect(format(9999.99, gdp, 'zh')).toBe('1万亿元');
  });

  it('keeps small values whole and plain, below a million (en) or 10,000 (zh)', () => {
    expect(format(0.5, population)).toBe('5,000 people');
    expect(format(0.5, population, 'zh')).toBe('5000人');
    expect(format(0, population)).toBe('0 people');
    expect(format(0, gdp, 'zh')).toBe('0元');
    expect(format(0.0004, gdp)).toBe('40,000 yuan');
    expect(format(0.0004, gdp, 'zh')).toBe('4万元');
  });

  it('keeps the sign of negative values (changes), never "-0"', () => {
    expect(format(-5834, population)).toBe('-58.3 million people');
    expect(format(-59644.3, gdp, 'zh')).toBe('-5.96万亿元');
    expect(format(-0.5, population)).toBe('-5,000 people');
    expect(format(-0.00001, population)).toBe('0 people');
    expect(format(-0.001, percent)).toBe('0.0%');
  });

  it('leaves units without a multiplier as published: grouped thousands, the indicator’s decimals', () => {
    expect(format(102832, yuan)).toBe('102,832 yuan');
    expect(format(67, percent)).toBe('67.0%');
    expect(format(2.31, rd)).toBe('2.31% of GDP');
    expect(format(102832, yuan, 'zh')).toBe('102,832元');
    expect(format(2.31, rd, 'zh')).toBe('2.31%（占GDP）');
    expect(format(1234.5, { decimals: 1, unit_en: 'index', unit_zh: '指数' }, 'zh')).toBe('1,234.5指数');
  });

  it('reads "no data" for null and NaN, in the language', () => {
    expect(format(null, population)).toBe('no data');
    expect(format(null, gdp, 'zh')).toBe('无数据');
    expect(format(Number.NaN, yuan)).toBe('no data');
    expect(format(null, yuan, 'en', 'value')).toBe('no data');
  });

  it('has a number-only style for legends and sliders, and a short one for chart axes', () => {
    expect(format(5834, population, 'en', 'value')).toBe('58.3 million');
    expect(format(5834, population, 'zh', 'value')).toBe('5834万');
    expect(format(67, percent, 'en', 'value')).toBe('67.0');
    expect(format(5834, population, 'en', 'tick')).toBe('58.3M');
    expect(format(5000, population, 'en', 'tick')).toBe('50M');
    expect(format(59644.3, gdp, 'en', 'tick')).toBe('6T');
    expect(format(5834, population, 'zh', 'tick')).toBe('5834万');
    expect(format(102832, yuan, 'en', 'tick')).toBe('102.8K');
    expect(format(102832, yuan, 'zh', 'tick')).toBe('10.3万');
    expect(format(2.31, rd, 'en', 'tick')).toBe('2.3');
    expect(format(0, yuan, 'en', 'tick')).toBe('0');
  });

  it('names the unit values are read in, and keeps the published one for downloads', () => {
    expect(displayUnit(population, 'en')).toBe('people');
    expect(displayUnit(population, 'zh')).toBe('人');
    expect(displayUnit(gdp, 'en')).toBe('yuan');
    expect(displayUnit(yuan, 'zh')).toBe('元');
    expect(displayUnit(rd, 'en')).toBe('% of GDP');
    expect(rawUnit(population, 'en')).toBe('10,000 persons');
    expect(rawUnit(gdp, 'zh')).toBe('亿元');
  });
});

describe('the localizer', () => {
  it('formats through the same function in both languages', () => {
    const en = localizer('en');
    const zh = localizer('zh');
    expect(en.withUnit(5834, population)).toBe(format(5834, population, 'en'));
    expect(zh.value(59644.3, gdp)).toBe('5.96万亿');
    expect(en.unit(population)).toBe('people');
    expect(zh.rawUnit(population)).toBe('万人');
    expect(en.tick(5834, population)).toBe('58.3M');
  });

  it('writes a range with the unit once', () => {
    expect(localizer('en').range(365, 5834, population)).toBe('3.65 million – 58.3 million people');
    expect(localizer('zh').range(365, 5834, population)).toBe('365万 – 5834万人');
    expect(localizer('en').range(45.25, 67, percent)).toBe('45.3 – 67.0%');
  });
});
