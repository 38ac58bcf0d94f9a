import { describe, expect, it } from 'vitest';
import { PROVINCES, provinceByCode } from './provinces';

describe('province table', () => {
  it('has the 31 mainland provinces with unique six-digit codes', () => {
    expect(PROVINCES).toHaveLength(31);
    expect(new Set(PROVINCES.map((p) => p.code)).size).toBe(31);
    for (const p of PROVINCES) expect(p.code).toMatch(/^[1-6]\d0000$/);
  });

  it('splits provinces into the NBS regions 10 east, 6 central, 12 west, 3 northeast', () => {
    const count = (r: string) => PROVINCES.filter((p) => p.region === r).length;
    expect([count('east'), count('central'), count('west'), count('northeast')]).toEqual([10, 6, 12, 3]);
  });

  it('marks the 11 coastal provinces, Guangxi and Liaoning included', () => {
    const coastal = PROVINCES.filter((p) => p.coastal).map((p) => p.name_en);
    expect(coastal).toHaveLength(11);
    expect(coastal).toEqual(expect.arrayContaining(['Guangxi', 'Liaoning', 'Hainan']));
  });

  it('looks provinces up by code', () => {
    expect(provinceByCode('420000')?.name_zh).toBe('湖北');
    expect(provinceByCode('999999')).toBeUndefined();
  });
});
