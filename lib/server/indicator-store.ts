/**
 * The indicator dataset from the geo build, loaded once. Each response is first an object of the
 * API's types (lib/indicators/api-types.ts), which the page hands to the client as it is, then a
 * prepared body made from that object; both memoised.
 */
import { prepareBody, type CompressionEffort, type PreparedBody } from '../http/prepared-body';
import { indicatorCsv, regionCsv } from '../indicators/csv-export';
import { REGIONS, type RegionRef } from '../indicators/regions';
import type { Citation, Dataset, Indicator, Observation } from '../indicators/schema';
import { aggregationLabel } from '../indicators/aggregate';
import { coverageOf } from '../indicators/coverage';
import { observationAt } from '../indicators/observation-at';
import { memoByKey, once } from '../cache/memo';
import { CACHE_CONTROL, CONTENT_TYPE } from '../http/response-kinds';
import { readBuildFile } from './build-files';
import type { IndicatorFormat } from '../indicators/query';
import { citationLine } from '../indicators/csv-export';
import { provinceCollection } from './province-geometry';
import { panelIndicatorYear, panelRegionSeries, panelUrl } from '../indicators/panel';
import type { Catalogue, CatalogueIndicator, IndicatorYear, PanelIndicator, RegionSeries, ValuesPanel } from '../indicators/api-types';

const jsonBody = (value: unknown, effort: CompressionEffort = 'fast') => prepareBody(JSON.stringify(value), CONTENT_TYPE.json, CACHE_CONTROL.data, effort);
const csvBody = (text: string) => prepareBody(text, CONTENT_TYPE.csv, CACHE_CONTROL.data, 'fast');

export const dataset = once((): Dataset => JSON.parse(readBuildFile('indicators.json').toString('utf8')));

export const indicatorById = (id: string): Indicator | undefined => dataset().indicators.find((i) => i.id === id);

const observation = (indicatorId: string, code: string, year: number): Observation | null => observationAt(dataset().series[indicatorId]?.[code], year) ?? null;

/** Years in which at least one province has a value. */
export function yearsWithData(indicatorId: string): number[] {
  const years = new Set<number>();
  for (const [code, obs] of Object.entries(dataset().series[indicatorId] ?? {})) {
    if (/^\d{6}$/.test(code) && code !== '100000') obs.forEach((o) => years.add(o.year));
  }
  return [...years].sort((a, b) => a - b);
}

export function citationsFor(ids: Iterable<string>): Record<string, Citation> {
  const all = dataset().citations;
  return Object.fromEntries([...new Set(ids)].sort().map((id) => [id, all[id]]));
}

function catalogueEntry(i: Indicator): CatalogueIndicator {
  const series = dataset().series[i.id] ?? {};
  const { filled, estimated, expected, percent } = coverageOf(dataset(), i);
  return {
    ...i,
    group_method: aggregationLabel(i),
    years_with_data: yearsWithData(i.id),
    coverage: { province_values: filled, province_estimates: estimated, province_years_expected: expected, percent },
    sources: Object.keys(citationsFor(Object.values(series).flatMap((obs) => obs.flatMap((o) => o.sources)))),
    url: `/api/indicators/${i.id}`,
  };
}

const memoBody = memoByKey<PreparedBody>();
const memoValue = memoByKey<unknown>();
const memoised = <T>(key: string, make: () => T): T => memoValue(key, make) as T;

export const catalogue = (): Catalogue =>
  memoised('catalogue', () => ({
    indicators: dataset().indicators.map(catalogueEntry),
    regions: REGIONS,
    panel: valuesPanelUrl(),
  }));

export const catalogueBody = () => memoBody('catalogue', () => jsonBody(catalogue(), 'max'));

function yearRows(i: Indicator, year: number) {
  return REGIONS.map((region) => ({ region, year, observation: observation(i.id, region.code, year) }));
}

/**
 * One indicator in one year, for China, the groups and the provinces (`null` where no figure was
 * found): read from the values panel as the browser reads it, so the map shows the same either way.
 */
export function indicatorYear(i: Indicator, year: number): IndicatorYear {
  return memoised(`${i.id}/${year}`, () => panelIndicatorYear(valuesPanel(), catalogueEntry(i), REGIONS, year));
}

export function indicatorYearBody(i: Indicator, year: number, format: IndicatorFormat): PreparedBody {
  return memoBody(`${i.id}/${year}/${format}`, () => {
    if (format === 'csv') return csvBody(indicatorCsv(i, yearRows(i, year), dataset().citations));
    if (format === 'geojson') return provincesWithValuesBody(i, year, yearRows(i, year));
    return jsonBody(indicatorYear(i, year));
  });
}

/** The whole series (every region, every year) as one CSV. */
export function indicatorSeriesCsvBody(i: Indicator): PreparedBody {
  return memoBody(`${i.id}/all/csv`, () => {
    const [from, to] = i.years;
    const rows = [];
    for (let year = from; year <= to; year++) rows.push(...yearRows(i, year).filter((r) => r.observation));
    return csvBody(indicatorCsv(i, rows, dataset().citations));
  });
}

/** GET /api/regions/<code>: read from the values panel, as the browser reads it once the panel has arrived. */
const regionSeries = (region: RegionRef): RegionSeries =>
  memoised(`region/${region.code}`, () =>
    panelRegionSeries(
      valuesPanel(),
      dataset().indicators.map((i) => i.id),
      REGIONS,
      region,
    ),
  );

export const regionBody = (region: RegionRef): PreparedBody => memoBody(`region/${region.code}`, () => jsonBody(regionSeries(region)));

/** A place's every indicator by year as CSV (the region panel's download). */
export function regionCsvBody(region: RegionRef): PreparedBody {
  return memoBody(`region-csv/${region.code}`, () => {
    const series = dataset().indicators.map((indicator) => ({ indicator, observations: dataset().series[indicator.id]?.[region.code] ?? [] }));
    return csvBody(regionCsv(region, series, dataset().citations));
  });
}

function panelIndicator(i: Indicator, text: (s: string) => number): PanelIndicator {
  const [first, last] = i.years;
  const years = Array.from({ length: last - first + 1 }, (_, k) => first + k);
  const setIndex = new Map<string, number>();
  const sourceSets: string[][] = [];
  const [estimates, computed, notes]: [number, number, number][][] = [[], [], []];
  const sources: number[][] = [];
  const values = years.map((year, y) => {
    const row = REGIONS.map((region, p) => {
      const o = observation(i.id, region.code, year);
      if (o?.estimate) estimates.push([y, p, text(o.estimate.method)]);
      if (o?.computed) computed.push([y, p, text(o.computed.method)]);
      if (o?.note) notes.push([y, p, text(o.note)]);
      return o;
    });
    sources.push(
      row.map((o) => {
        if (!o) return -1;
        const key = o.sources.join(' ');
        if (!setIndex.has(key)) setIndex.set(key, sourceSets.push([...o.sources]) - 1);
        return setIndex.get(key)!;
      }),
    );
    return row.map((o) => o?.value ?? null);
  });
  return { years, values, estimates, computed, notes, source_sets: sourceSets, sources };
}

export const valuesPanel = (): ValuesPanel =>
  memoised('panel', () => {
    const texts: string[] = [];
    const textIndex = new Map<string, number>();
    const text = (s: string) => textIndex.get(s) ?? textIndex.set(s, texts.push(s) - 1).get(s)!;
    const indicators = Object.fromEntries(dataset().indicators.map((i) => [i.id, panelIndicator(i, text)]));
    const used = Object.values(indicators).flatMap((p) => p.source_sets.flat());
    return { places: REGIONS.map((r) => r.code), indicators, citations: citationsFor(used), texts };
  });

export const valuesPanelBody = () => memoBody('panel', () => jsonBody(valuesPanel(), 'max'));

/** The panel's current URL: its content hash in the path, so it may be kept for good. */
export const valuesPanelUrl = () => panelUrl(valuesPanelBody().hash);

/** The provinces with this indicator's value for the year, its unit, sources and licence: a GeoJSON download. */
function provincesWithValuesBody(i: Indicator, year: number, rows: ReturnType<typeof yearRows>): PreparedBody {
  const byCode = new Map(rows.map((r) => [r.region.code, r.observation]));
  const fc = provinceCollection();
  const used = [...new Set(rows.filter((r) => r.region.kind === 'province').flatMap((r) => r.observation?.sources ?? []))].sort();
  const doc = {
    type: 'FeatureCollection',
    metadata: {
      indicator: i.id,
      label: i.label_en,
      unit: i.unit_en,
      year,
      sources: Object.fromEntries(used.map((id) => [id, citationLine(dataset().citations[id])])),
      licence: 'Statistics: public facts, cite the publishers. Geometry: Natural Earth (public domain). Compilation: Hinterland, CC BY 4.0.',
      geometry: fc.metadata ?? null,
    },
    features: fc.features.map((f) => {
      const o = byCode.get(String(f.properties?.code)) ?? null;
      return {
        ...f,
        properties: {
          ...f.properties,
          indicator: i.id,
          year,
          value: o?.value ?? null,
          unit: i.unit_en,
          sources: o?.sources ?? [],
          ...(o?.estimate ? { estimate: o.estimate.method } : {}),
        },
      };
    }),
  };
  return prepareBody(JSON.stringify(doc), CONTENT_TYPE.geojson, CACHE_CONTROL.data, 'fast');
}
