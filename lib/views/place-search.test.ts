import { describe, expect, it } from 'vitest';
import { PLACES, searchPlaces } from './place-search';

const codes = (q: string, exclude?: string[]) => searchPlaces(q, exclude).map((p) => p.code);

describe('searchPlaces', () => {
  it('finds places by English name, Chinese name and pinyin, ignoring case and spaces', () => {
    expect(codes('hubei')[0]).toBe('420000');
    expect(codes('湖北')[0]).toBe('420000');
    expect(codes('xizang')[0]).toBe('540000');
    expect(codes('Tibet')[0]).toBe('540000');
    expect(codes('neimenggu')[0]).toBe('150000');
    expect(codes('Nei Menggu')[0]).toBe('150000');
    expect(codes('inner')[0]).toBe('150000');
    expect(codes('内蒙')[0]).toBe('150000');
    expect(codes('coastal')[0]).toBe('coastal');
    expect(codes('沿海')[0]).toBe('coastal');
    expect(codes('zhongguo')[0]).toBe('100000');
  });

  it('puts names that start with the query first, and leaves out what is already chosen', () => {
    expect(codes('shan').slice(0, 4).sort()).toEqual(['140000', '310000', '370000', '610000']);
    expect(codes('hubei', ['420000'])).not.toContain('420000');
    expect(codes('')).toHaveLength(PLACES.length);
    expect(codes('zzzz')).toEqual([]);
  });
});
