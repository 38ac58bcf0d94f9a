/** A citation as a reader reads it in a sentence: publisher, title and table, without ids or URLs. */
import type { Lang } from '../i18n/messages';
import type { Citation } from './schema';

type Labelled = Citation & { short_en?: string; short_zh?: string };

export function citationLabel(c: Labelled, lang: Lang): string {
  const short = lang === 'zh' ? c.short_zh : c.short_en;
  if (short) return short;
  const table = c.table ? (lang === 'zh' ? `，表 ${c.table}` : `, table ${c.table}`) : '';
  return `${c.publisher}, ${c.title}${table}`;
}
