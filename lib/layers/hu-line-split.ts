/**
 * The live east/west split of population, GDP and area along the Hu Line for one year, from the
 * project's provincial data. Provinces wholly on one side count wholly there; provinces the line
 * cuts are divided by their GeoNames place-population share east of the line (area by area share).
 */
import type { ProvinceSplit } from './hu-line-schema';

type ValueLookup = (indicatorId: 'population' | 'gdp', code: string, year: number) => number | undefined;

interface SideShares {
  east: number;
  west: number;
  east_pct: number;
}

interface HuLineSplit {
  year: number;
  population: SideShares | null;
  gdp: SideShares | null;
  area: SideShares;
  /** Provinces lacking a value, per measure; a measure with any gap is not split (null). */
  missing: { population: string[]; gdp: string[] };
  method: string;
}

const HU_LINE_SPLIT_METHOD =
  'Provinces wholly on one side of the line count wholly on that side. For the provinces the line crosses ' +
  '(Inner Mongolia, Heilongjiang, Sichuan, Yunnan, Shaanxi, Gansu and a sliver of Hebei/Shanxi), population and GDP ' +
  'are divided by the share of the province’s GeoNames populated-place population lying east of the line, ' +
  'area by the share of its area (turf intersect of Natural Earth admin-1 geometry with the extended great circle).';

const shares = (east: number, total: number, decimals = 1): SideShares => ({
  east: Math.round(east * 10) / 10,
  west: Math.round((total - east) * 10) / 10,
  east_pct: Math.round((east / total) * 100 * 10 ** decimals) / 10 ** decimals,
});

export function huLineSplit(provinces: ProvinceSplit[], year: number, lookup: ValueLookup): HuLineSplit {
  const measure = (id: 'population' | 'gdp') => {
    const missing: string[] = [];
    let east = 0;
    let total = 0;
    for (const p of provinces) {
      const v = lookup(id, p.code, year);
      if (v === undefined) missing.push(p.code);
      else {
        total += v;
        east += v * p.population_east_share;
      }
    }
    return { split: missing.length === 0 ? shares(east, total) : null, missing };
  };
  const population = measure('population');
  const gdp = measure('gdp');
  const areaTotal = provinces.reduce((s, p) => s + p.area_km2, 0);
  const areaEast = provinces.reduce((s, p) => s + p.area_km2 * p.area_east_share, 0);
  return {
    year,
    population: population.split,
    gdp: gdp.split,
    area: shares(areaEast, areaTotal),
    missing: { population: population.missing, gdp: gdp.missing },
    method: HU_LINE_SPLIT_METHOD,
  };
}
