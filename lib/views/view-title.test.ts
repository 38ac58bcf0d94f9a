import { describe, expect, it } from 'vitest';
import { localizer } from '../i18n/localize';
import { viewTitle } from './view-title';

const gdppc = { label_en: 'GDP per capita', label_zh: '人均地区生产总值' };
const education = { label_en: 'University-educated residents', label_zh: '每十万人大专及以上人口' };
const base = { indicator: gdppc, year: 2024, from: 2005, regionName: null, scatter: null };

describe('viewTitle', () => {
  it('names what each view shows', () => {
    const en = localizer('en');
    expect(viewTitle(en, { ...base, view: 'map', regionName: 'Hubei' })).toBe('GDP per capita, 2024 — Hubei');
    expect(viewTitle(en, { ...base, view: 'chart' })).toBe('GDP per capita, 2005–2024 · Chart');
    expect(viewTitle(en, { ...base, view: 'table', from: 2024 })).toBe('GDP per capita, 2024 · Table');
    expect(viewTitle(en, { ...base, view: 'scatter', scatter: { x: education, y: gdppc } })).toBe(
      'GDP per capita against University-educated residents, 2024 · Scatter',
    );
    expect(viewTitle(en, { ...base, view: 'sources' })).toBe('GDP per capita · Sources');
  });

  it('speaks Chinese', () => {
    const zh = localizer('zh');
    expect(viewTitle(zh, { ...base, view: 'map' })).toBe('人均地区生产总值，2024年');
    expect(viewTitle(zh, { ...base, view: 'chart' })).toBe('人均地区生产总值，2005–2024年 · 折线图');
  });
});
