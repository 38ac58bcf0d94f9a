/** A story step's title, for the tab and link previews: the same words on the server and in the browser. */
import type { Lang } from '../i18n/messages';
import type { Story } from './types';

export function storyStepTitle(story: Story, step: number, lang: Lang): string {
  const s = story.steps[step - 1];
  const of = lang === 'zh' ? `（${step}/${story.steps.length}）` : ` (${step}/${story.steps.length})`;
  return `${s.title[lang]}${of} · ${story.title[lang]}`;
}
