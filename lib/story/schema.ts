/** The shape of a story file (geo/sources/stories/*.json), checked by the tests and the geo build. */
import { z } from '../zod';
import type { Story } from './types';

const slug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/);
const bilingual = z.object({ en: z.string().min(1), zh: z.string().min(1) }).strict();

export const MIN_STEPS = 8;
export const MAX_STEPS = 12;

const annotationSchema = z
  .object({
    id: slug,
    lng: z.number().min(73).max(135),
    lat: z.number().min(18).max(54),
    label: bilingual,
    sources: z.array(slug).min(1),
    approximate: z.boolean().optional(),
  })
  .strict();

const stepSchema = z
  .object({
    id: slug,
    title: bilingual,
    caption: bilingual,
    // The story's own parameters never appear in a step's view: the reader's language and embed mode carry over.
    view: z.string().refine((q) => !/(^|&)(story|step|lang|embed)=/.test(q), 'a step view names no story, step, lang or embed'),
    annotations: z.array(annotationSchema).optional(),
  })
  .strict();

const citationSchema = z
  .object({
    id: slug,
    short_en: z.string().min(1),
    short_zh: z.string().min(1),
    publisher: z.string().min(1),
    title: z.string().min(1),
    edition: z.string(),
    url: z.string().url(),
    licence: z.string().min(1),
  })
  .strict();

export const storySchema = z
  .object({
    id: slug,
    title: bilingual,
    steps: z.array(stepSchema).min(MIN_STEPS).max(MAX_STEPS),
    citations: z.array(citationSchema),
  })
  .strict()
  .superRefine((story, ctx) => {
    const ids = new Set(story.citations.map((c) => c.id));
    const stepIds = new Set<string>();
    story.steps.forEach((step, i) => {
      if (stepIds.has(step.id)) ctx.addIssue({ code: 'custom', path: ['steps', i, 'id'], message: `duplicate step id ${step.id}` });
      stepIds.add(step.id);
      for (const a of step.annotations ?? [])
        for (const s of a.sources) if (!ids.has(s)) ctx.addIssue({ code: 'custom', path: ['steps', i, 'annotations'], message: `unknown citation ${s}` });
    });
  });

/** A story file checked, or the reasons it is not one. */
export const parseStory = (json: unknown): Story => storySchema.parse(json);
