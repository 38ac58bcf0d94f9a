import { describe, expect, it } from 'vitest';
import { parseLayerQuery } from './query';

const temporal = { id: 'rail-hubs', years: [2003, 2025] as const };
const fixed = { id: 'provinces' };
const parse = (qs: string, layer: { id: string; years?: readonly [number, number] } = temporal) => parseLayerQuery(new URLSearchParams(qs), layer);

describe('parseLayerQuery', () => {
  it('accepts a bbox and a year in range', () => {
    expect(parse('bbox=100,20,120,40&year=2012')).toEqual({ ok: true, query: { bbox: [100, 20, 120, 40], year: 2012 } });
    expect(parse('bbox=-1.5,-2,3.25,4', fixed)).toEqual({ ok: true, query: { bbox: [-1.5, -2, 3.25, 4] } });
  });

  it.each([
    ['bbox=1,2,3', /four comma-separated numbers/],
    ['bbox=a,b,c,d', /four comma-separated numbers/],
    ['bbox=120,20,100,40', /minLng < maxLng/],
    ['bbox=100,20,200,40', /−180…180/],
    ['year=12', /four-digit year/],
    ['year=1990', /between 2003 and 2025/],
  ])('rejects %s', (qs, message) => {
    const r = parse(qs);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(message);
  });

  it('refuses a year for a layer that has none', () => {
    const r = parse('year=2020', fixed);
    expect(r.ok || r.message).toMatch(/does not change over time/);
  });
});
