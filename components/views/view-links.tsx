'use client';

import { createContext, useContext } from 'react';

/** How anything on the page links into another view of the same state (the Sources view, a place's panel). */
export interface ViewLinks {
  sourcesHref: (indicator: string, citation?: string) => string;
  openSources: (indicator: string, citation?: string) => void;
  selectPlace: (code: string) => void;
}

const noLinks: ViewLinks = { sourcesHref: () => '?view=sources', openSources: () => {}, selectPlace: () => {} };
export const ViewLinksContext = createContext<ViewLinks>(noLinks);
export const useViewLinks = () => useContext(ViewLinksContext);

/** The id of a citation's entry in the Sources view, so "Source:" links land on it. */
export const citationAnchor = (indicator: string, citation: string) => `cite-${indicator}-${citation}`;
