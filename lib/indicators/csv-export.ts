/** CSV downloads: a commented header block naming indicator, unit, sources and licence, then rows. */
import type { RegionRef } from './regions';
import type { Citation, Indicator, Observation } from './schema';

const LICENCE =
  'Official statistics of the PRC are public facts; this compilation by Hinterland is offered under CC BY 4.0. Cite the original publishers below.';

const field = (v: string | number | undefined) => {
  const s = v === undefined ? '' : String(v);
  return /[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

export function citationLine(c: Citation): string {
  return [c.publisher, c.title, c.table && `table ${c.table}`, c.edition, c.url, c.via && `read via ${c.via}`].filter(Boolean).join('; ');
}

export function indicatorCsv(
  indicator: Indicator,
  rows: Array<{ region: RegionRef; observation: Observation | null; year: number }>,
  citations: Record<string, Citation>,
): string {
  const used = [...new Set(rows.flatMap((r) => r.observation?.sources ?? []))].sort();
  const header = [
    `# ${indicator.label_en} (${indicator.label_zh}), ${indicator.unit_en}`,
    `# ${indicator.description}`,
    '# Empty value = no published figure found (not zero). Group values marked "computed" were derived by Hinterland from member provinces; values marked "estimate" were estimated by Hinterland where no published figure was found (method in the note).',
    `# Licence: ${LICENCE}`,
    '# Sources:',
    ...used.map((id) => `#   [${id}] ${citationLine(citations[id])}`),
  ];
  const lines = rows.map(({ region, observation: o, year }) =>
    [region.code, region.name_en, region.name_zh, region.kind, year, o?.value, indicator.unit_en, o?.sources.join(' '), noteOf(o)]
      .map(field)
      .join(','),
  );
  return [...header, 'code,name_en,name_zh,kind,year,value,unit,sources,note', ...lines].join('\n') + '\n';
}

/** The note column: how a value was derived (computed from members, or estimated), else its source note. */
function noteOf(o: Observation | null): string {
  if (o?.computed) return `computed: ${o.computed.method}`;
  if (o?.estimate) return `estimate: ${o.estimate.method}`;
  return o?.note ?? '';
}
