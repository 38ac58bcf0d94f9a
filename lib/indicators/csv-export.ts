/** CSV downloads: a commented header block naming indicator, unit, sources and licence, then rows. */
import type { RegionRef } from './regions';
import type { Citation, Indicator, Observation } from './schema';

const LICENCE =
  'Official statistics of the PRC are public facts; this compilation by Hinterland is offered under CC BY 4.0. Cite the original publishers below.';

/**
 * One CSV cell. Text starting with = + - @ TAB or CR would be run as a formula by spreadsheets
 * (OWASP CSV injection), so it gets a leading apostrophe; numbers are left alone so that -1.25
 * still opens as a number.
 */
export const csvField = (v: string | number | undefined) => {
  const text = v === undefined ? '' : String(v);
  const s = typeof v === 'string' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

/** The citation's short label, then the full reference. */
export function citationLine(c: Citation): string {
  return `${c.short_en} — ${citationReference(c)}`;
}

function citationReference(c: Citation): string {
  return [c.publisher, c.title, c.table && `table ${c.table}`, c.edition, c.url, c.via && `read via ${c.via}`].filter(Boolean).join('; ');
}

/** The commented header: what the file holds, how to read its values, the licence and every source used. */
export function headerBlock(
  about: string[],
  observations: ReadonlyArray<{ sources: readonly string[] } | null>,
  citations: Record<string, Citation>,
): string[] {
  const used = [...new Set(observations.flatMap((o) => o?.sources ?? []))].sort();
  return [
    ...about.map((line) => `# ${line}`),
    '# Empty value = no published figure found (not zero). Group values marked "computed" were derived by Hinterland from member provinces; values marked "estimate" were estimated by Hinterland where no published figure was found (method in the note).',
    `# Licence: ${LICENCE}`,
    '# Sources:',
    ...used.map((id) => `#   [${id}] ${citationLine(citations[id])}`),
  ];
}

export const csvLine = (values: Array<string | number | undefined>) => values.map(csvField).join(',');

export function indicatorCsv(
  indicator: Indicator,
  rows: Array<{ region: RegionRef; observation: Observation | null; year: number }>,
  citations: Record<string, Citation>,
): string {
  const header = headerBlock(
    [
      `${indicator.label_en} (${indicator.label_zh}), ${indicator.unit_en}`,
      indicator.description,
      ...(indicator.year_notes ?? []).map((n) => `Note on ${n.years[0] === n.years[1] ? n.years[0] : n.years.join('–')}: ${n.en}`),
    ],
    rows.map((r) => r.observation),
    citations,
  );
  const lines = rows.map(({ region, observation: o, year }) =>
    csvLine([region.code, region.name_en, region.name_zh, region.kind, year, o?.value, indicator.unit_en, o?.sources.join(' '), noteOf(o)]),
  );
  return [...header, 'code,name_en,name_zh,kind,year,value,unit,sources,note', ...lines].join('\n') + '\n';
}

/** One place's every indicator over the years: what its panel charts, as a download. */
export function regionCsv(
  region: RegionRef,
  series: Array<{ indicator: Indicator; observations: Observation[] }>,
  citations: Record<string, Citation>,
): string {
  const header = headerBlock(
    [`${region.name_en} (${region.name_zh}), code ${region.code}: every indicator by year`],
    series.flatMap((s) => s.observations),
    citations,
  );
  const lines = series.flatMap(({ indicator, observations }) =>
    observations.map((o) => csvLine([indicator.id, indicator.label_en, o.year, o.value, indicator.unit_en, o.sources.join(' '), noteOf(o)])),
  );
  return [...header, 'indicator,label_en,year,value,unit,sources,note', ...lines].join('\n') + '\n';
}

/** The note column: how a value was derived (computed from members, or estimated), else its source note. */
function noteOf(o: Observation | null): string {
  if (o?.computed) return `computed: ${o.computed.method}`;
  if (o?.estimate) return `estimate: ${o.estimate.method}`;
  return o?.note ?? '';
}
