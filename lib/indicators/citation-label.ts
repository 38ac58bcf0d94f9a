/** A citation as a reader reads it in a sentence (publisher, table, year), in the reader's language: never its id. */
import type { Lang } from '../i18n/messages';
import type { Citation } from './schema';

export const citationLabel = (c: Pick<Citation, 'short_en' | 'short_zh'>, lang: Lang): string => (lang === 'zh' ? c.short_zh : c.short_en);
