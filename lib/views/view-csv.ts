/** CSV of exactly what a view shows: its rows in the order and filter shown, raw values in the indicator's unit, and every source. */
import type { Citation, Indicator } from '../indicators/schema';
import { csvLine, headerBlock } from '../indicators/csv-export';
import type { TableData, TableRow } from './table-rows';
import type { ScatterPoint } from './scatter-points';
import type { PanelCell } from '../indicators/panel';

type Described = Pick<Indicator, 'id' | 'label_en' | 'label_zh' | 'unit_en' | 'description'>;
const about = (i: Described) => `${i.label_en} (${i.label_zh}), ${i.unit_en}: ${i.description}`;
const round = (v: number | null | undefined, digits = 4) => (v === null || v === undefined ? undefined : Math.round(v * 10 ** digits) / 10 ** digits);
const mark = (cell: PanelCell | null) => (cell?.estimate ? 'estimate' : '');
const csv = (lines: string[]) => lines.join('\n') + '\n';

export function tableCsv(indicator: Described, data: TableData, rows: readonly TableRow[], citations: Record<string, Citation>): string {
  const header = headerBlock(
    [about(indicator), `Table view: ${data.startYear ?? '—'} and ${data.endYear ?? '—'}; ranks among the 31 provinces (1 = highest).`],
    rows.flatMap((r) => [r.start, r.end]),
    citations,
  );
  const lines = rows.map((r) =>
    csvLine([
      r.region.code,
      r.region.name_en,
      r.region.name_zh,
      r.region.kind,
      r.start?.value,
      mark(r.start),
      r.end?.value,
      mark(r.end),
      round(r.change?.abs),
      round(r.change?.pct),
      round(r.change?.cagr),
      r.rankStart ?? undefined,
      r.rankEnd ?? undefined,
      r.rankChange ?? undefined,
    ]),
  );
  const s = data.startYear ?? 'start';
  const e = data.endYear ?? 'end';
  return csv([
    ...header,
    `code,name_en,name_zh,kind,value_${s},note_${s},value_${e},note_${e},change_abs,change_pct,avg_annual_growth_pct,rank_${s},rank_${e},rank_change`,
    ...lines,
  ]);
}

export function chartCsv(
  indicator: Described,
  relative: boolean,
  series: ReadonlyArray<{
    code: string;
    name_en: string;
    name_zh: string;
    points: ReadonlyArray<{ year: number; value: number; estimate: boolean; sources: readonly string[] }>;
  }>,
  citations: Record<string, Citation>,
): string {
  const header = headerBlock(
    [about(indicator), relative ? 'Chart view, relative to China = 100 (value ÷ China’s value the same year × 100).' : 'Chart view.'],
    series.flatMap((s) => s.points),
    citations,
  );
  const lines = series.flatMap((s) =>
    s.points.map((p) => csvLine([s.code, s.name_en, s.name_zh, p.year, round(p.value), p.estimate ? 'estimate' : '', p.sources.join(' ')])),
  );
  return csv([...header, `code,name_en,name_zh,year,${relative ? 'index_china_100' : 'value'},note,sources`, ...lines]);
}

export function scatterCsv(
  axes: { x: Described; y: Described; size: Described | null },
  years: { x: number | null; y: number | null; size: number | null },
  points: readonly (ScatterPoint & { name_en: string; name_zh: string; sources: readonly string[] })[],
  citations: Record<string, Citation>,
): string {
  const header = headerBlock(
    [`x: ${about(axes.x)} (${years.x})`, `y: ${about(axes.y)} (${years.y})`, ...(axes.size ? [`size: ${about(axes.size)} (${years.size})`] : [])],
    points,
    citations,
  );
  const lines = points.map((p) =>
    csvLine([p.code, p.name_en, p.name_zh, p.region, p.x, p.y, p.size ?? undefined, p.estimate ? 'estimate' : '', p.sources.join(' ')]),
  );
  return csv([...header, `code,name_en,name_zh,economic_region,${axes.x.id},${axes.y.id},${axes.size ? axes.size.id : 'size'},note,sources`, ...lines]);
}
