import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataset } from '../server/indicator-store';
import { serverViewContext } from '../server/view-context';
import { parseViewState, serializeViewState } from '../url/view-state';
import { captionSources, resolveCaption } from './caption';
import { storyFacts } from './facts';
import { splitTemplate } from './placeholders';
import { parseStory } from './schema';
import { STORIES } from './stories';

const DIR = path.join(process.cwd(), 'geo/sources/stories');
const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.json'));
const DEFINITIONS = ['31', '12', '65'];
const keysOf = (template: string) => splitTemplate(template).flatMap((p) => ('ref' in p ? [p.ref.key] : 'error' in p ? [p.raw] : []));

describe('story files', () => {
  it('are each a valid story, and each is one the app knows', () => {
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const story = parseStory(JSON.parse(fs.readFileSync(path.join(DIR, f), 'utf8')));
      expect(`${story.id}.json`).toBe(f);
      expect(STORIES.find((s) => s.id === story.id)).toEqual(story);
    }
  });

  for (const story of STORIES) {
    describe(story.id, () => {
      const facts = storyFacts(dataset(), story);

      it("sets every step's whole view through the one URL parser, with nothing dropped or moved", () => {
        story.steps.forEach((step, i) => {
          const { state, dropped, adjusted } = parseViewState(new URLSearchParams(step.view), serverViewContext());
          expect({ step: step.id, dropped, adjusted }).toEqual({ step: step.id, dropped: [], adjusted: [] });
          // The step's query is written as the serializer writes it, so the story and its "Explore from here" link agree.
          expect(serializeViewState(state)).toBe(step.view);
          const link = parseViewState(new URLSearchParams(`story=${story.id}&step=${i + 1}&lang=zh`), serverViewContext());
          expect(link.dropped).toEqual([]);
          expect(link.state).toEqual({ ...state, lang: 'zh', story: story.id, step: i + 1 });
        });
      });

      it('resolves every number placeholder in both languages against the data', () => {
        const missing = Object.entries(facts.facts).filter(([, f]) => f === null);
        expect(missing).toEqual([]);
        for (const step of story.steps)
          for (const lang of ['en', 'zh'] as const) {
            const segments = resolveCaption(step.caption[lang], facts, lang);
            expect(segments.filter((s) => s.type === 'missing')).toEqual([]);
            // Each number's citation travels with the facts, as the dataset records it.
            for (const id of captionSources(segments)) expect(facts.citations[id]).toEqual(dataset().citations[id]);
          }
      });

      it('names the same facts in English and Chinese for every step, and types no figure into the text', () => {
        for (const step of story.steps) {
          expect(new Set(keysOf(step.caption.zh))).toEqual(new Set(keysOf(step.caption.en)));
          expect(keysOf(step.caption.en).length).toBeGreaterThan(0);
          for (const lang of ['en', 'zh'] as const) {
            const text = splitTemplate(step.caption[lang])
              .flatMap((p) => ('text' in p ? [p.text] : []))
              .join(' ');
            // Years (from 1935 on) and definitions (31 provinces, the 12 of the West, aged 65+) may be written; a measured quantity may not.
            const figures = (text.match(/\d(?:[\d,.]*\d)?/g) ?? []).filter((n) => !/^(19[3-9]\d|20\d\d)$/.test(n) && !DEFINITIONS.includes(n));
            expect({ step: step.id, lang, figures }).toEqual({ step: step.id, lang, figures: [] });
          }
        }
      });
    });
  }
});
