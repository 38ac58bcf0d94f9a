/**
 * A caption's text with its facts worded, in the reader's language: the one function the page's
 * title and description, the preview and the story panel all use, so every number reads the same.
 */
import { formatChange } from '../choropleth/change-map';
import { formatIndicatorValue, localeOf } from '../indicators/format';
import type { Lang } from '../i18n/messages';
import type { Fact, StoryFacts } from './facts';
import { splitTemplate } from './placeholders';

export type CaptionSegment =
  | { type: 'text'; text: string }
  | { type: 'fact'; text: string; key: string; fact: Fact }
  /** A placeholder the data cannot answer (or that does not parse): shown as a dash, never as a guess. */
  | { type: 'missing'; text: string; key: string };

const MISSING = '—';

function ordinal(n: number): string {
  const rem100 = n % 100;
  const suffix = rem100 >= 11 && rem100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

const fixed = (v: number, digits: number, lang: Lang) => v.toLocaleString(localeOf(lang), { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** One fact in words: "100,903 yuan", "+212%", "9th of 31", "4.3 times", "27.1%", "0.243". */
export function wordFact(fact: Fact, facts: StoryFacts, lang: Lang): string {
  const indicator = facts.indicators[fact.indicator];
  const zh = lang === 'zh';
  switch (fact.kind) {
    case 'value':
      return indicator ? formatIndicatorValue(fact.value, indicator, lang, 'withUnit') : MISSING;
    case 'change':
      return indicator ? formatChange(fact.value, fact.how, indicator, lang) : MISSING;
    case 'rank':
      return zh ? `第${fact.value}位（共${fact.of}个省份）` : `${ordinal(fact.value)} of ${fact.of}`;
    case 'ratio':
      return zh ? `${fixed(fact.value, 1, lang)}倍` : `${fixed(fact.value, 1, lang)} times`;
    case 'share':
      return `${fixed(fact.value, 1, lang)}%`;
    case 'gini':
      return fixed(fact.value, 3, lang);
  }
}

export function resolveCaption(template: string, facts: StoryFacts | null, lang: Lang): CaptionSegment[] {
  return splitTemplate(template).map((part): CaptionSegment => {
    if ('text' in part) return { type: 'text', text: part.text };
    if ('error' in part) return { type: 'missing', text: MISSING, key: part.raw };
    const fact = facts?.facts[part.ref.key];
    return fact ? { type: 'fact', text: wordFact(fact, facts!, lang), key: part.ref.key, fact } : { type: 'missing', text: MISSING, key: part.ref.key };
  });
}

/** The caption as plain text (page description, preview). */
export const captionText = (segments: readonly CaptionSegment[]): string => segments.map((s) => s.text).join('');

/** The citations behind a caption's numbers, in order of first use. */
export const captionSources = (segments: readonly CaptionSegment[]): string[] => [
  ...new Set(segments.flatMap((s) => (s.type === 'fact' ? s.fact.sources : []))),
];
