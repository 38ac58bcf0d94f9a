'use client';

import { useCallback, useEffect, useMemo, type MutableRefObject } from 'react';
import useSWR from 'swr';
import { fetchJson } from '@/lib/http/fetch-json';
import { citationLabel } from '@/lib/indicators/citation-label';
import { captionSources, resolveCaption } from '@/lib/story/caption';
import type { StoryFacts } from '@/lib/story/facts';
import { storyById, storyFactsPath } from '@/lib/story/stories';
import { parseViewState, serializeViewState, type ViewContext, type ViewState } from '@/lib/url/view-state';
import type { MapController } from '../map/map-controller';
import type { HistoryMode } from '@/lib/url/view-history';
import { InlineError } from '../controls/InlineError';
import { useI18n } from '../i18n/use-i18n';
import './story.css';

interface StoryPanelProps {
  view: ViewState;
  context: ViewContext | null;
  update: (patch: Partial<ViewState>, how: HistoryMode) => void;
  controllerRef: MutableRefObject<MapController | null>;
  sourcesHref: (indicator: string, citation?: string) => string;
}

/** Keys that type or move a control keep their arrows. */
const typing = (el: EventTarget | null) =>
  el instanceof HTMLElement &&
  (el.isContentEditable ||
    /^(INPUT|SELECT|TEXTAREA)$/.test(el.tagName) ||
    ['tab', 'slider'].includes(el.getAttribute('role') ?? '') ||
    el.closest('.maplibregl-map') !== null);

/** A step's link: its story, step, language and embed mode (the step sets the rest). */
const stepHref = (view: ViewState, step: number) => `/?${serializeViewState({ ...view, step })}`;

/** The story's caption sheet: progress, the step's caption with its numbers from the data, Back, Next and Explore from here. */
export function StoryPanel({ view, context, update, controllerRef, sourcesHref }: StoryPanelProps) {
  const { t, lang } = useI18n();
  const story = view.story ? storyById(view.story) : undefined;
  const n = view.step ?? 1;
  const step = story?.steps[n - 1];
  const facts = useSWR<StoryFacts>(story ? storyFactsPath(story.id) : null, fetchJson, { revalidateOnFocus: false, revalidateIfStale: false });

  const goTo = useCallback(
    (target: number) => {
      if (!story || !context || target < 1 || target > story.steps.length) return;
      const params = new URLSearchParams({ story: story.id, step: String(target), lang: view.lang, ...(view.embed ? { embed: '1' } : {}) });
      update(parseViewState(params, context).state, 'push');
    },
    [story, context, update, view.lang, view.embed],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || typing(e.target)) return;
      if (e.key === 'ArrowRight') goTo(n + 1);
      else if (e.key === 'ArrowLeft') goTo(n - 1);
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [goTo, n]);

  const annotations = useMemo(() => step?.annotations ?? [], [step]);
  useEffect(() => {
    const controller = controllerRef.current;
    controller?.setAnnotations(annotations.map((a) => ({ id: a.id, lng: a.lng, lat: a.lat, label: a.label[lang] })));
    return () => controller?.setAnnotations([]);
  }, [annotations, lang, controllerRef]);

  if (!story || !step) return null;
  const segments = resolveCaption(step.caption[lang], facts.data ?? null, lang);
  const sources = captionSources(segments);
  const citations = facts.data?.citations;
  const storyCitations = new Map(story.citations.map((c) => [c.id, c]));
  const total = story.steps.length;
  const explore = { ...view, story: null, step: null };
  return (
    <section className="story-panel" data-covers-map aria-label={story.title[lang]} aria-roledescription="story">
      <p className="story-progress" aria-live="polite">
        {t('story.progress', { step: n, total })}
      </p>
      <nav aria-label={t('story.steps')}>
        <ol className="story-dots">
          {story.steps.map((s, i) => (
            <li key={s.id}>
              <a
                href={stepHref(view, i + 1)}
                aria-current={i + 1 === n ? 'step' : undefined}
                title={t('story.stepLink', { step: i + 1, title: s.title[lang] })}
                aria-label={t('story.stepLink', { step: i + 1, title: s.title[lang] })}
                onClick={(e) => {
                  e.preventDefault();
                  goTo(i + 1);
                }}
              />
            </li>
          ))}
        </ol>
      </nav>
      <h2>{step.title[lang]}</h2>
      {facts.error && <InlineError what={t('story.what')} error={facts.error} onRetry={() => facts.mutate()} />}
      <p className="story-caption" aria-busy={!facts.data && !facts.error}>
        {segments.map((s, i) =>
          s.type === 'fact' ? (
            <data
              key={i}
              value={s.fact.value}
              data-fact={s.fact.kind}
              data-indicator={s.fact.indicator}
              data-place={'place' in s.fact ? s.fact.place : undefined}
              data-year={'year' in s.fact ? s.fact.year : s.fact.to}
              title={s.fact.estimate ? t('story.estimate') : undefined}
            >
              {s.text}
              {s.fact.estimate ? '*' : ''}
            </data>
          ) : (
            <span key={i} className={s.type === 'missing' ? 'story-missing' : undefined}>
              {s.text}
            </span>
          ),
        )}
      </p>
      {!facts.data && !facts.error && <p className="hint">{t('story.loading')}</p>}
      {sources.length > 0 && (
        <p className="story-sources">
          {t('common.sources')}:{' '}
          {sources.map((id, i) => {
            const fact = segments.find((s) => s.type === 'fact' && s.fact.sources.includes(id));
            const indicator = fact?.type === 'fact' ? fact.fact.indicator : view.indicator;
            return (
              <span key={id}>
                {i > 0 && '; '}
                <a href={sourcesHref(indicator, id)}>{citations?.[id] ? citationLabel(citations[id], lang) : id}</a>
              </span>
            );
          })}
        </p>
      )}
      {annotations.length > 0 && (
        <div className="story-annotations">
          <h3>{t('story.onTheMap')}</h3>
          <ul>
            {annotations.map((a) => (
              <li key={a.id}>
                {a.label[lang]}
                {a.approximate ? ` (${t('story.approximate')})` : ''}. {t('story.annotationSources', { sources: '' })}
                {a.sources.map((id, i) => {
                  const c = storyCitations.get(id);
                  return (
                    <span key={id}>
                      {i > 0 && '; '}
                      {c ? (
                        <a href={c.url} rel="noreferrer" target="_blank">
                          {citationLabel(c, lang)}
                        </a>
                      ) : (
                        id
                      )}
                    </span>
                  );
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="story-buttons">
        <button type="button" onClick={() => goTo(n - 1)} disabled={n <= 1}>
          ← {t('story.back')}
        </button>
        <button type="button" className="story-next" onClick={() => goTo(n + 1)} disabled={n >= total}>
          {t('story.next')} →
        </button>
        {view.embed ? (
          <a className="story-explore" href={`/?${serializeViewState({ ...explore, embed: false })}`} target="_blank" rel="noreferrer">
            {t('story.explore')}
          </a>
        ) : (
          <button type="button" className="story-explore" title={t('story.exploreHint')} onClick={() => update({ story: null, step: null }, 'push')}>
            {t('story.explore')}
          </button>
        )}
      </div>
      <p className="hint story-keys">{t('story.keys')}</p>
    </section>
  );
}
