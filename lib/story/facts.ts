/**
 * The numbers a story's captions name, computed once from the dataset (the same observations the
 * indicator API serves, the same Gini the convergence API reports). Pure: the dataset comes in, plain
 * facts go out; the server sends them to the page, and lib/story/caption.ts words them.
 */
import { changeOf } from '../choropleth/change-map';
import { ranks } from '../choropleth/rank';
import { inequalityYear } from '../inequality/report';
import { observationAt } from '../indicators/observation-at';
import type { Citation, Dataset, Observation } from '../indicators/schema';
import type { ChangeKind } from '../url/view-state';
import { PROVINCES } from '../regions/provinces';
import { factRefs, type FactRef } from './placeholders';
import type { Story } from './types';

interface FactBase {
  indicator: string;
  /** Every citation behind the number. */
  sources: string[];
  /** Some value behind it is a Hinterland estimate. */
  estimate: boolean;
}
export type Fact =
  | (FactBase & { kind: 'value'; place: string; year: number; value: number })
  | (FactBase & { kind: 'change'; place: string; from: number; to: number; how: ChangeKind; start: number; end: number; value: number })
  | (FactBase & { kind: 'rank'; place: string; year: number; value: number; of: number })
  | (FactBase & { kind: 'ratio' | 'share'; place: string; of: string; year: number; value: number })
  | (FactBase & { kind: 'gini'; year: number; value: number });

/** How each indicator a fact names is written (decimals and unit). */
export interface FactIndicator {
  decimals: number;
  unit_en: string;
  unit_zh: string;
}

export interface StoryFacts {
  story: string;
  /** By the placeholder's canonical key; null where the data has no answer (a test keeps the stories free of those). */
  facts: Record<string, Fact | null>;
  indicators: Record<string, FactIndicator>;
  /** The citations the facts name, so a caption cites its numbers without another request. */
  citations: Record<string, Citation>;
}

const observed = (dataset: Dataset, indicator: string, place: string, year: number): Observation | undefined =>
  observationAt(dataset.series[indicator]?.[place], year);

const cited = (...obs: Observation[]) => ({ sources: [...new Set(obs.flatMap((o) => o.sources))].sort(), estimate: obs.some((o) => o.estimate) });

function computeFact(dataset: Dataset, ref: FactRef): Fact | null {
  const { indicator, place, year: y, of } = ref.args;
  const year = Number(y);
  if (!dataset.indicators.some((i) => i.id === indicator)) return null;
  switch (ref.kind) {
    case 'value': {
      const o = observed(dataset, indicator, place, year);
      return o ? { kind: 'value', indicator, place, year, value: o.value, ...cited(o) } : null;
    }
    case 'change': {
      const [from, to] = [Number(ref.args.from), Number(ref.args.to)];
      const how = (ref.args.how ?? 'pct') as ChangeKind;
      const [a, b] = [observed(dataset, indicator, place, from), observed(dataset, indicator, place, to)];
      const value = a && b ? changeOf(how, a.value, b.value, to - from) : null;
      return a && b && value !== null ? { kind: 'change', indicator, place, from, to, how, start: a.value, end: b.value, value, ...cited(a, b) } : null;
    }
    case 'rank': {
      // Among the 31 provinces, 1 = highest, ties sharing the better rank: as the map's hover and the table rank.
      const obs = PROVINCES.map((p) => [p.code, observed(dataset, indicator, p.code, year)] as const);
      const rank = ranks(new Map(obs.map(([code, o]) => [code, o?.value ?? null]))).get(place);
      const own = obs.find(([code]) => code === place)?.[1];
      const of = obs.filter(([, o]) => o).length;
      return rank && own ? { kind: 'rank', indicator, place, year, value: rank, of, ...cited(own) } : null;
    }
    case 'ratio':
    case 'share': {
      const [a, b] = [observed(dataset, indicator, place, year), observed(dataset, indicator, of, year)];
      if (!a || !b || b.value === 0) return null;
      const value = ref.kind === 'ratio' ? a.value / b.value : (100 * a.value) / b.value;
      return { kind: ref.kind, indicator, place, of, year, value, ...cited(a, b) };
    }
    case 'gini': {
      // Measured only in years every province has a value, as GET /api/convergence does.
      const provinces = PROVINCES.map((p) => observed(dataset, indicator, p.code, year));
      if (provinces.some((o) => !o)) return null;
      const measured = inequalityYear(dataset, indicator, year);
      return { kind: 'gini', indicator, year, value: measured.gini, ...cited(...(provinces as Observation[])) };
    }
  }
}

/** Every caption text of a story, both languages. */
export const storyTemplates = (story: Story): string[] => story.steps.flatMap((s) => [s.caption.en, s.caption.zh, s.title.en, s.title.zh]);

export function storyFacts(dataset: Dataset, story: Story): StoryFacts {
  const refs = factRefs(storyTemplates(story));
  const facts = Object.fromEntries(refs.map((ref) => [ref.key, computeFact(dataset, ref)]));
  const used = new Set(refs.map((r) => r.args.indicator));
  const indicators = Object.fromEntries(
    dataset.indicators.filter((i) => used.has(i.id)).map((i) => [i.id, { decimals: i.decimals, unit_en: i.unit_en, unit_zh: i.unit_zh }]),
  );
  const cites = new Set(Object.values(facts).flatMap((f) => f?.sources ?? []));
  const citations = Object.fromEntries([...cites].sort().flatMap((id) => (dataset.citations[id] ? [[id, dataset.citations[id]]] : [])));
  return { story: story.id, facts, indicators, citations };
}
