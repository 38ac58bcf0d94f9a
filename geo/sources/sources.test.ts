/**
 * Consistency checks of the curated data itself (geo/sources), beyond row validation:
 * the numbers must agree with each other the way published statistics do.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { buildDataset, estimateValue } from '@/lib/indicators/build-dataset';
import { CHINA_CODE, citationSchema, type Observation } from '@/lib/indicators/schema';
import { PROVINCES } from '@/lib/regions/provinces';
import { groupById } from '@/lib/indicators/groups';
import { readSourceFiles, SOURCES_DIR } from '../scripts/build-indicators';

const dataset = buildDataset(readSourceFiles());
const valueOf = (id: string, code: string, year: number) => dataset.series[id]?.[code]?.find((o: Observation) => o.year === year)?.value;

/** Years whose provincial GDP per capita NBS computed from the preliminary GDP, while the GDP rows are final (from the catalogue). */
const PRELIMINARY_GDP_YEARS = new Set(
  (dataset.indicators.find((i) => i.id === 'gdp_per_capita')?.year_notes ?? [])
    .filter((n) => n.basis === 'preliminary_gdp')
    .flatMap((n) => Array.from({ length: n.years[1] - n.years[0] + 1 }, (_, k) => n.years[0] + k)),
);

/**
 * Years whose provincial sum is known to fall further below the national total than usual, with
 * the published reason. NBS's national total includes active-duty military and, in the 2005 1%
 * sample-survey year, a survey-error correction not allocated to provinces.
 */
const POPULATION_SUM_EXCEPTIONS: Record<number, string> = {
  2005: 'national total includes military and a 1% sample-survey correction not allocated to provinces',
};

describe('curated indicator data', () => {
  it("reproduces the brief's 2024 GDP per capita figures", () => {
    const gdppc = (code: string) => valueOf('gdp_per_capita', code, 2024)!;
    expect(gdppc('110000')).toBeGreaterThan(228000); // Beijing
    expect(gdppc('310000') / 217000).toBeCloseTo(1, 2); // Shanghai ≈ 217,000
    expect(gdppc('620000') / 53000).toBeCloseTo(1, 1); // Gansu ≈ 53,000
    expect(gdppc('420000')).toBeGreaterThan(100000); // Hubei
    expect(gdppc('500000') / 101000).toBeCloseTo(1, 1); // Chongqing ≈ 101,000
  });

  it('cites a defined source for every value, and uses every citation it defines', () => {
    const used = new Set(Object.values(dataset.series).flatMap((s) => Object.values(s).flatMap((obs) => obs.flatMap((o) => o.sources))));
    for (const id of used) expect(dataset.citations[id], id).toBeDefined();
    expect(Object.keys(dataset.citations).filter((id) => !used.has(id))).toEqual([]);
  });

  it('estimates GDP per capita by a method that reproduces the published figures (median under 0.2%, 9 in 10 within 0.5%)', () => {
    const indicator = dataset.indicators.find((i) => i.id === 'gdp_per_capita')!;
    const lookup = (id: string, code: string, year: number) => dataset.series[id]?.[code]?.find((o) => o.year === year);
    const errors: number[] = [];
    for (const { code } of PROVINCES) {
      for (const published of dataset.series.gdp_per_capita[code] ?? []) {
        if (published.estimate || PRELIMINARY_GDP_YEARS.has(published.year)) continue; // those rest on another GDP
        const estimate = estimateValue(indicator, lookup, code, published.year);
        if (estimate) errors.push(Math.abs(estimate.value / published.value - 1));
      }
    }
    errors.sort((a, b) => a - b);
    expect(errors.length).toBeGreaterThan(150);
    expect(errors[Math.floor(errors.length / 2)]).toBeLessThan(0.002);
    expect(errors[Math.floor(errors.length * 0.9)]).toBeLessThan(0.005);
  });

  it('gives every citation, of indicators and of layers, a short English and Chinese label to show in place of its id', () => {
    const raw = [
      ...readSourceFiles().citations.flatMap((f) => JSON.parse(f.text) as unknown[]),
      ...['hu-line.json', 'collaboration-pairs.json', 'focus-cities.json'].flatMap(
        (f) => (JSON.parse(fs.readFileSync(path.join(SOURCES_DIR, 'layers', f), 'utf8')) as { citations: unknown[] }).citations,
      ),
    ];
    expect(raw.length).toBeGreaterThan(150);
    const bad: string[] = [];
    for (const entry of raw) {
      const c = citationSchema.safeParse(entry);
      const id = (entry as { id?: string }).id;
      if (!c.success) bad.push(`${id}: ${c.error.issues.map((x) => x.path.join('.')).join(', ')}`);
      else if (c.data.short_en.length > 100 || c.data.short_zh.length > 60) bad.push(`${id}: label too long for the UI`);
      else if (!/[\u4e00-\u9fff]/.test(c.data.short_zh)) bad.push(`${id}: short_zh has no Chinese text`);
      else if (!/\d{4}|undated|wikipedia/i.test(c.data.short_en)) bad.push(`${id}: label names no year or edition`);
    }
    expect(bad).toEqual([]);
    for (const c of Object.values(dataset.citations)) expect(c.short_en && c.short_zh, c.id).toBeTruthy();
  });

  it('knows the 2024 provincial GDP per capita rests on the preliminary GDP: each row says so, and no other year does', () => {
    expect([...PRELIMINARY_GDP_YEARS]).toEqual([2024]);
    const offBasis: string[] = [];
    for (const { code } of PROVINCES) {
      const o = dataset.series.gdp_per_capita[code]?.find((x) => x.year === 2024);
      expect(o && !o.estimate, code).toBeTruthy();
      expect(o!.note, code).toMatch(/Preliminary-GDP basis/);
      // Published figure × average population = the preliminary GDP; within 1.5% of the final GDP, but not equal to it everywhere.
      const implied = (o!.value * (valueOf('population', code, 2024)! + valueOf('population', code, 2023)!)) / 2 / 1e4;
      const final = valueOf('gdp', code, 2024)!;
      expect(Math.abs(implied / final - 1), code).toBeLessThan(0.015);
      if (Math.abs(implied / final - 1) > 0.001) offBasis.push(code);
    }
    expect(offBasis.length).toBeGreaterThan(20);
    expect(valueOf('gdp_per_capita', '110000', 2024)).toBe(228167); // × 2,184.5 average population = 49,843.1, Beijing's communiqué GDP
    for (const id of Object.keys(dataset.series))
      for (const [code, obs] of Object.entries(dataset.series[id]))
        for (const o of obs) if (o.year !== 2024 && /Preliminary-GDP basis/.test(o.note ?? '')) throw new Error(`${id} ${code} ${o.year}`);
  });

  it('computes group GDP per capita as summed GDP ÷ summed average population, like the provinces', () => {
    const coastal = groupById('coastal')!;
    const recompute = (year: number) => {
      const gdp = coastal.members.reduce((s, c) => s + valueOf('gdp', c, year)!, 0);
      const pop = coastal.members.reduce((s, c) => s + (valueOf('population', c, year)! + valueOf('population', c, year - 1)!) / 2, 0);
      return Math.round((gdp / pop) * 1e4);
    };
    for (const year of [2010, 2020, 2024]) expect(valueOf('gdp_per_capita', 'coastal', year), String(year)).toBe(recompute(year));
    expect(dataset.series.gdp_per_capita.coastal.find((o) => o.year === 2010)!.computed!.method).toMatch(/average population/);
  });

  it("has every example row of the sources README in the data, with a defined citation", () => {
    const readme = fs.readFileSync(path.join(SOURCES_DIR, 'README.md'), 'utf8');
    const block = readme.match(/```\ncode,year,value,source,note\n([\s\S]*?)```/);
    expect(block).not.toBeNull();
    const rows = block![1].trim().split('\n');
    expect(rows.length).toBeGreaterThan(0);
    const files = readSourceFiles().values;
    for (const row of rows) {
      expect(dataset.citations[row.split(',')[3]], row).toBeDefined();
      expect(files.some((f) => f.text.split('\n').includes(row)), row).toBe(true);
    }
  });

  it('has industry shares from the same vintage as GDP: each provincial row divides by the GDP of gdp.csv, and the two shares leave room for agriculture', () => {
    const off: string[] = [];
    for (const id of ['secondary_share', 'tertiary_share'])
      for (const { code } of PROVINCES)
        for (const o of dataset.series[id][code] ?? []) {
          if (o.computed || o.estimate) continue;
          const divisor = Number(o.note?.match(/÷ GDP ([\d.]+)/)?.[1]);
          if (divisor !== valueOf('gdp', code, o.year)) off.push(`${id} ${code} ${o.year}: GDP ${divisor} vs ${valueOf('gdp', code, o.year)}`);
        }
    expect(off).toEqual([]);
    for (const code of [CHINA_CODE, ...PROVINCES.map((p) => p.code)])
      for (const o of dataset.series.secondary_share[code] ?? []) {
        const t = valueOf('tertiary_share', code, o.year);
        if (t === undefined) continue;
        expect(o.value + t, `${code} ${o.year}`).toBeLessThan(100);
        expect(o.value + t, `${code} ${o.year}`).toBeGreaterThan(70);
      }
    expect(dataset.series.secondary_share[CHINA_CODE].length).toBe(25);
  });

  it('holds census shares only in census years, rising from census to census in every province, and shows the arithmetic of each one computed from a stated change', () => {
    let computed = 0;
    for (const id of ['aged_65_plus', 'tertiary_education']) {
      const censusYears = dataset.indicators.find((i) => i.id === id)!.census_years!;
      for (const code of [CHINA_CODE, ...PROVINCES.map((p) => p.code)]) {
        const obs = dataset.series[id][code] ?? [];
        for (const o of obs) expect(censusYears, `${id} ${code} ${o.year}`).toContain(o.year);
        const sorted = [...obs].sort((a, b) => a.year - b.year);
        for (let k = 1; k < sorted.length; k++) expect(sorted[k].value, `${id} ${code} ${sorted[k].year}`).toBeGreaterThan(sorted[k - 1].value);
        for (const o of obs) {
          const change = o.note?.match(/^computed by Hinterland from the communiqué: ([\d.]+) \((2020|2015 survey)\) − ([\d.]+) points \(change since 2010\) = ([\d.]+)$/);
          const counts = o.note?.match(/^computed by Hinterland from the yearbook's census counts: ([\d.]+) \(.*\) ÷ ([\d.]+) \(total population\) × 100 000 = (\d+)$/);
          if (!change && !counts) {
            expect(o.note ?? '', `${id} ${code} ${o.year}`).not.toMatch(/computed/i);
            continue;
          }
          computed++;
          expect(o.year, `${id} ${code}`).toBe(2010);
          if (change) {
            const [, later, basis, points, result] = change;
            expect(Number(result)).toBeCloseTo(Number(later) - Number(points), 6);
            expect(o.value).toBe(Number(result));
            // The communiqué's 2020 share is NBS's own 2020 figure for the province.
            if (basis === '2020') expect(valueOf(id, code, 2020), `${id} ${code}`).toBe(Number(later));
          } else {
            const [, persons, total, result] = counts!;
            expect(Number(result)).toBe(Math.round((Number(persons) / Number(total)) * 1e5));
            expect(o.value).toBe(Number(result));
          }
        }
      }
    }
    expect(computed).toBe(5);
  });

  it('marks every retail sales per capita value as computed, equal to retail sales ÷ average population', () => {
    let n = 0;
    for (const { code } of PROVINCES)
      for (const o of dataset.series.retail_sales_per_capita[code] ?? []) {
        expect(o.estimate?.method, `${code} ${o.year}`).toMatch(/^Computed by Hinterland/);
        const avg = (valueOf('population', code, o.year)! + valueOf('population', code, o.year - 1)!) / 2;
        expect(o.value).toBe(Math.round((valueOf('retail_sales', code, o.year)! / avg) * 1e4));
        n++;
      }
    expect(n).toBe(31 * 9);
  });

  it('validates and loads every source row', () => {
    expect(dataset.indicators.length).toBeGreaterThanOrEqual(8);
  });

  it('has GDP ÷ population within 3% of GDP per capita wherever all three are published', () => {
    const off: string[] = [];
    let checked = 0;
    for (const code of [CHINA_CODE, ...PROVINCES.map((p) => p.code)]) {
      for (const o of dataset.series.gdp_per_capita?.[code] ?? []) {
        if (o.estimate) continue; // estimates are GDP ÷ population by construction
        const gdp = valueOf('gdp', code, o.year);
        const pop = valueOf('population', code, o.year);
        if (gdp === undefined || pop === undefined) continue;
        checked++;
        const implied = (gdp * 1e4) / pop;
        if (Math.abs(implied / o.value - 1) > 0.03) off.push(`${code} ${o.year}: ${o.value} vs ${Math.round(implied)}`);
      }
    }
    expect(off).toEqual([]);
    expect(checked).toBeGreaterThan(0);
  });

  it('has provincial populations adding up to within 1.5% of the national total', () => {
    const off: string[] = [];
    for (const national of dataset.series.population?.[CHINA_CODE] ?? []) {
      const values = PROVINCES.map((p) => valueOf('population', p.code, national.year));
      if (values.some((v) => v === undefined) || POPULATION_SUM_EXCEPTIONS[national.year]) continue;
      const sum = (values as number[]).reduce((a, b) => a + b, 0);
      if (Math.abs(sum / national.value - 1) > 0.015) off.push(`${national.year}: provinces ${sum} vs China ${national.value}`);
    }
    expect(off).toEqual([]);
  });
});
