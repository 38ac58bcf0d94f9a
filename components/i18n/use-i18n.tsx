'use client';

import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Lang } from '@/lib/i18n/messages';
import { localizer, type Localizer } from '@/lib/i18n/localize';

const LangContext = createContext<Lang>('en');

/** The view's language for everything below it (from the URL's `lang`). */
export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  return <LangContext.Provider value={lang}>{children}</LangContext.Provider>;
}

export function useI18n(): Localizer {
  const lang = useContext(LangContext);
  return useMemo(() => localizer(lang), [lang]);
}
