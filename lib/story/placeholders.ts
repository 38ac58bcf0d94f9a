/**
 * The facts a caption names, written `{{value indicator=gdp_per_capita place=420000 year=2024}}`: each is a
 * reference into the data, never a number typed into the text, so a caption stays true when data is revised.
 */
export const FACT_KINDS = ['value', 'change', 'rank', 'ratio', 'share', 'gini'] as const;
export type FactKind = (typeof FACT_KINDS)[number];

/** The arguments each kind needs; `how` (change) is optional: pct, abs or cagr. */
const REQUIRED: Record<FactKind, readonly string[]> = {
  value: ['indicator', 'place', 'year'],
  change: ['indicator', 'place', 'from', 'to'],
  rank: ['indicator', 'place', 'year'],
  ratio: ['indicator', 'place', 'of', 'year'],
  share: ['indicator', 'place', 'of', 'year'],
  gini: ['indicator', 'year'],
};
const OPTIONAL: Partial<Record<FactKind, readonly string[]>> = { change: ['how'] };

export interface FactRef {
  kind: FactKind;
  args: Record<string, string>;
  /** The canonical form: kind, then the arguments sorted by name (the key facts are stored under). */
  key: string;
}

const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;
const ARG = /^([a-z]+)=([A-Za-z0-9_-]+)$/;

/** A placeholder's text parsed, or an error saying what is wrong with it. */
export function parseFactRef(body: string): FactRef | { error: string } {
  const [kind, ...parts] = body.trim().split(/\s+/);
  if (!FACT_KINDS.includes(kind as FactKind)) return { error: `unknown fact kind "${kind}"` };
  const k = kind as FactKind;
  const args: Record<string, string> = {};
  for (const part of parts) {
    const m = ARG.exec(part);
    if (!m) return { error: `"${part}" is not name=value` };
    if (![...REQUIRED[k], ...(OPTIONAL[k] ?? [])].includes(m[1])) return { error: `${k} takes no "${m[1]}"` };
    args[m[1]] = m[2];
  }
  const missing = REQUIRED[k].filter((a) => !(a in args));
  if (missing.length) return { error: `${k} needs ${missing.join(', ')}` };
  if (k === 'change' && args.how && !['pct', 'abs', 'cagr'].includes(args.how)) return { error: `how=${args.how} is not pct, abs or cagr` };
  const key = [
    k,
    ...Object.keys(args)
      .sort()
      .map((a) => `${a}=${args[a]}`),
  ].join(' ');
  return { kind: k, args, key };
}

export type TemplatePart = { text: string } | { ref: FactRef } | { error: string; raw: string };

/** A caption split into text and fact references, in order. */
export function splitTemplate(template: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let last = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    if (m.index > last) parts.push({ text: template.slice(last, m.index) });
    const ref = parseFactRef(m[1]);
    parts.push('error' in ref ? { error: ref.error, raw: m[0] } : { ref });
    last = m.index + m[0].length;
  }
  if (last < template.length) parts.push({ text: template.slice(last) });
  return parts;
}

/** Every fact a set of captions names, once each. */
export function factRefs(templates: Iterable<string>): FactRef[] {
  const byKey = new Map<string, FactRef>();
  for (const t of templates) for (const p of splitTemplate(t)) if ('ref' in p) byKey.set(p.ref.key, p.ref);
  return [...byKey.values()];
}
