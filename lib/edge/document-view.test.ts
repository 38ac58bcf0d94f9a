import { describe, expect, it } from 'vitest';
import { documentView } from './document-view';
import type { ViewContext } from '../url/view-state';

const ctx: ViewContext = { indicators: ['gdp_per_capita', 'urbanization'], layers: ['hu-line'], isRegion: (id) => id === '420000' };

describe('documentView', () => {
  it('frames only a view that is unambiguously an embed', () => {
    expect(documentView('embed=1', ctx).embed).toBe(true);
    expect(documentView('embed=1&embed=1', ctx).embed).toBe(true);
    expect(documentView('embed=1&embed=0', ctx).embed).toBe(false);
    expect(documentView('embed=0&embed=1', ctx).embed).toBe(false);
  });

  it('reads the language the page will render in', () => {
    expect(documentView('lang=zh&lang=zh', ctx).lang).toBe('zh');
    expect(documentView('lang=zh&lang=en', ctx).lang).toBe('en');
  });

  it('keys equivalent URLs to one canonical view', () => {
    const key = documentView('indicator=urbanization&year=2020', ctx).cacheKey;
    expect(documentView('year=2020&indicator=urbanization&utm_source=x', ctx).cacheKey).toBe(key);
    expect(documentView('year=2020&ind=urbanization', ctx).cacheKey).toBe(key);
    expect(documentView('', ctx).cacheKey).toBe('');
    expect(documentView('indicator=gdp_per_capita', ctx).cacheKey).toBe('');
  });

  it('keys a URL with dropped or adjusted values to the view it shows', () => {
    expect(documentView('year=abc&indicator=urbanization', ctx).cacheKey).toBe('indicator=urbanization');
    expect(documentView('region=999999', ctx).cacheKey).toBe('');
    const withYears: ViewContext = { ...ctx, yearsOf: () => [2000, 2010, 2020] };
    expect(documentView('indicator=urbanization&year=1999', withYears).cacheKey).toBe(documentView('indicator=urbanization&year=2000', withYears).cacheKey);
  });
});
