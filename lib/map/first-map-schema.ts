/** The server-drawn first map's data: what the geo build writes (geo/build/province-svg.json) and what the page draws. */
import type { Lang } from '../i18n/messages';

/** What the geo build writes. */
export interface ProvinceSvgBuild {
  /** SVG path data in lib/map/svg-choropleth.ts's units, by province code. */
  paths: Record<string, string>;
  /** All 31 provinces as one shape: the land the choropleth is drawn over (as the basemap's land is under the map's fill). */
  land: string;
}

export interface FirstMapProvince {
  code: string;
  d: string;
  fill: string;
  opacity: number;
  /** "Hubei: 94,800 yuan" in the view's language. */
  title: string;
}

export interface FirstMap {
  lang: Lang;
  label: string;
  /** fitBounds of China into the free part of the map (a viewBox), or a link's own camera (a transform about the map's centre). */
  frame: { kind: 'fit'; viewBox: string } | { kind: 'camera'; transform: string };
  land: string;
  provinces: FirstMapProvince[];
  /** The selected province's outline, when the view selects one. */
  selected: string | null;
  /** The Hu Line's path, when its layer is on. */
  huLine: string | null;
  noScript: string;
}
