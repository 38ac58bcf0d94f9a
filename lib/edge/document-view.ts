/**
 * What the edge needs to know about a page request, from the same parse the page itself makes
 * (lib/url/view-state.ts): the language and embed flag that decide the CSP and framing headers, and
 * the canonical view the rendered HTML is kept under.
 */
import { parseViewState, serializeViewState, type ViewContext } from '../url/view-state';
import type { Lang } from '../i18n/messages';

export interface DocumentView {
  lang: Lang;
  embed: boolean;
  /** The canonical query of the view; null when the URL had values the page will report as dropped. */
  cacheKey: string | null;
}

export function documentView(query: string, ctx: ViewContext): DocumentView {
  const { state, dropped, adjusted } = parseViewState(new URLSearchParams(query), ctx);
  // A page that reports dropped or adjusted values shows them, so its HTML is particular to that URL: not kept.
  return { lang: state.lang, embed: state.embed, cacheKey: dropped.length || adjusted.length ? null : serializeViewState(state) };
}
