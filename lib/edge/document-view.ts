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
  /**
   * The canonical query of the view. A link with dropped or adjusted values gets the HTML of the view
   * it shows; the browser reports what it left out (components/data/use-url-state.ts), so a crowd of
   * odd links costs renders of the few views they resolve to, not one render each.
   */
  cacheKey: string;
}

export function documentView(query: string, ctx: ViewContext): DocumentView {
  const { state } = parseViewState(new URLSearchParams(query), ctx);
  return { lang: state.lang, embed: state.embed, cacheKey: serializeViewState(state) };
}
