/**
 * The MapLibre style of the basemap. Its URLs are root-relative (same origin, whatever host the reader
 * used) and content-hashed, or name PMTiles archives at the one configured tile origin; the map resolves
 * them against the page (components/map/map-controller.ts, transformRequest). It also carries where the
 * map's own layers come from (MapSources), so every URL the map fetches is decided in one place.
 * Quiet colours: the basemap is a backdrop for choropleths, not the story.
 */
import type { ExpressionSpecification, StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Lang } from '../i18n/messages';
import { BASEMAP } from '../tiles/basemap-tileset';
import { MAP_SOURCES_KEY, type MapSources } from './map-sources';

const BASEMAP_SOURCE_ID = 'basemap';
/** Overlays (choropleth, thematic layers) go below this layer so labels stay on top. */
const FIRST_LABEL_LAYER_ID = 'province-boundaries';
/** Colours the server-drawn first map shares with the basemap: the sea, the land under the choropleth, the borders drawn over it. */
export const BASEMAP_COLORS = { sea: '#dce6ee', land: '#f4f2ec', provinceBorder: '#7f8e9c' } as const;

const FONT = ['Noto Sans Regular'];
const FONT_BOLD = ['Noto Sans Bold'];
const HALO = { 'text-halo-color': 'rgba(255,255,255,0.85)', 'text-halo-width': 1.2 };

export function basemapStyle(sources: MapSources): StyleSpecification {
  const src = BASEMAP_SOURCE_ID;
  return {
    version: 8,
    name: 'Hinterland basemap',
    metadata: { 'hinterland:first-label-layer': FIRST_LABEL_LAYER_ID, [MAP_SOURCES_KEY]: sources },
    sources: {
      [src]: { type: 'vector', url: sources.tilesets.basemap, attribution: BASEMAP.tileset.attribution },
    },
    glyphs: sources.glyphs,
    layers: [
      // The sea is the background: the tiles' ocean layer, drawn in the same colour over it, only cost a fill of most of the screen every frame.
      { id: 'background', type: 'background', paint: { 'background-color': BASEMAP_COLORS.sea } },
      { id: 'land', type: 'fill', source: src, 'source-layer': 'land', paint: { 'fill-color': BASEMAP_COLORS.land } },
      {
        id: 'countries',
        type: 'fill',
        source: src,
        'source-layer': 'countries',
        filter: ['!=', ['get', 'name'], 'China'],
        paint: { 'fill-color': '#ecebe6' },
      },
      { id: 'lakes', type: 'fill', source: src, 'source-layer': 'lakes', paint: { 'fill-color': '#cddbe6' } },
      {
        id: 'rivers',
        type: 'line',
        source: src,
        'source-layer': 'rivers',
        paint: { 'line-color': '#b4c9da', 'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.5, 8, 1.5] },
      },
      { id: 'coastline', type: 'line', source: src, 'source-layer': 'coastline', paint: { 'line-color': '#a9bccb', 'line-width': 0.7 } },
      {
        id: 'country-boundaries',
        type: 'line',
        source: src,
        'source-layer': 'country_boundaries',
        paint: { 'line-color': '#8d8a83', 'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.6, 8, 1.6], 'line-dasharray': [3, 2] },
      },
      {
        id: FIRST_LABEL_LAYER_ID,
        type: 'line',
        source: src,
        'source-layer': 'province_boundaries',
        paint: { 'line-color': BASEMAP_COLORS.provinceBorder, 'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.5, 8, 1.4] },
      },
      {
        id: 'country-labels',
        type: 'symbol',
        source: src,
        'source-layer': 'country_labels',
        filter: ['!=', ['get', 'name'], 'China'],
        layout: { 'text-field': placeLabelField('en'), 'text-font': FONT, 'text-size': 11, 'text-transform': 'uppercase', 'text-letter-spacing': 0.1 },
        paint: { 'text-color': '#8a877f', ...HALO },
      },
      {
        id: 'city-dots',
        type: 'circle',
        source: src,
        'source-layer': 'city_labels',
        minzoom: 4,
        filter: ['<=', ['get', 'rank'], ['step', ['zoom'], 2, 5, 3]],
        paint: { 'circle-radius': 2.5, 'circle-color': '#3d3d3d', 'circle-stroke-color': '#fff', 'circle-stroke-width': 1 },
      },
      {
        id: 'city-labels',
        type: 'symbol',
        source: src,
        'source-layer': 'city_labels',
        minzoom: 4,
        filter: ['<=', ['get', 'rank'], ['step', ['zoom'], 2, 5, 3]],
        layout: {
          'text-field': placeLabelField('en'),
          'text-font': FONT,
          'text-size': 11,
          'text-anchor': 'left',
          'text-offset': [0.5, 0],
          'symbol-sort-key': ['-', 0, ['get', 'population']],
        },
        paint: { 'text-color': '#3d3d3d', ...HALO },
      },
      {
        id: 'province-labels',
        type: 'symbol',
        source: src,
        'source-layer': 'province_labels',
        layout: {
          'text-field': provinceLabelField('en'),
          'text-font': FONT_BOLD,
          'text-size': ['interpolate', ['linear'], ['zoom'], 3, 10, 7, 14],
          'text-max-width': 8,
        },
        paint: { 'text-color': '#2f3b46', ...HALO },
      },
    ],
  };
}

/** Province labels: English over Chinese for English readers, Chinese alone for Chinese readers. */
function provinceLabelField(lang: Lang): ExpressionSpecification {
  return lang === 'zh' ? ['get', 'name_zh'] : ['format', ['get', 'name_en'], {}, '\n', {}, ['get', 'name_zh'], { 'font-scale': 0.9 }];
}

/** Country and city labels in the reader's language (English where no Chinese name is known). */
function placeLabelField(lang: Lang): ExpressionSpecification {
  return lang === 'zh' ? ['coalesce', ['get', 'name_zh'], ['get', 'name']] : ['get', 'name'];
}

/** The basemap's label layers whose text follows the reader's language, with the text for `lang`. */
export function localizedLabelFields(lang: Lang): Array<[layerId: string, textField: ExpressionSpecification]> {
  return [
    ['province-labels', provinceLabelField(lang)],
    ['country-labels', placeLabelField(lang)],
    ['city-labels', placeLabelField(lang)],
  ];
}
