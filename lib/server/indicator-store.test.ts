import { describe, expect, it } from 'vitest';
import { REGIONS } from '../indicators/regions';
import { observationAt } from '../indicators/observation-at';
import { dataset, indicatorYear } from './indicator-store';

describe('indicatorYear (the indicator API, read from the values panel)', () => {
  it('gives every indicator, year and region exactly the observation the dataset holds, or a gap', () => {
    let compared = 0;
    for (const indicator of dataset().indicators) {
      const [from, to] = indicator.years;
      for (let year = from; year <= to; year++) {
        const served = indicatorYear(indicator, year);
        expect(served.values.map((v) => v.code)).toEqual(REGIONS.map((r) => r.code));
        for (const v of served.values) {
          const o = observationAt(dataset().series[indicator.id]?.[v.code], year);
          const { code: _c, name_en: _e, name_zh: _z, kind: _k, ...rest } = v;
          expect(rest, `${indicator.id} ${year} ${v.code}`).toEqual(
            o
              ? {
                  value: o.value,
                  sources: o.sources,
                  ...(o.note ? { note: o.note } : {}),
                  ...(o.computed ? { computed: o.computed } : {}),
                  ...(o.estimate ? { estimate: o.estimate } : {}),
                }
              : { value: null, sources: [] },
          );
          compared++;
        }
        for (const id of served.values.flatMap((v) => v.sources)) expect(served.sources[id], id).toEqual(dataset().citations[id]);
      }
    }
    expect(compared).toBeGreaterThan(5000);
  });
});
