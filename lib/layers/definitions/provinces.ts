import { translate } from '../../i18n/messages';
import { fullName } from '../../i18n/localize';
import { PROVINCES_SOURCE } from '../provinces-source';
import { defineLayer, legendItem } from '../define-layer';
import { PROVINCE_TILES } from '../../tiles/provinces-tileset';
import { NO_DATA_COLOR } from '../../choropleth/palette';

/**
 * The choropleth's opacity, and for provinces the filters leave out (the server-drawn first map uses
 * the same). Opaque: a province shows its legend class's colour exactly, not a blend with the land.
 */
export const PROVINCE_FILL_OPACITY = { shown: 1, dimmed: 0.18 } as const;
/** The selected province's outline. */
export const SELECTED_OUTLINE = { color: '#1f2a33', width: 2.5 } as const;

export const provinces = defineLayer({
  id: 'provinces',
  geometryType: 'MultiPolygon',
  kind: 'observed',
  toggleable: false,
  sources: [{ name: PROVINCES_SOURCE.source, url: PROVINCES_SOURCE.url, licence: PROVINCES_SOURCE.licence }],
  idProperty: 'code',
  // Pre-tiled for the map (lib/tiles/provinces-tileset.ts); /api/layers/provinces keeps the GeoJSON.
  vectorTiles: { tileset: PROVINCE_TILES.tileset.name, sourceLayer: PROVINCE_TILES.layers[0].id },
  legend: [legendItem('layer.provinces.legend', '#c8d3de', 'fill')],
  tooltip: (p, _year, lang = 'en') => {
    const region = translate(lang, 'panel.regionOf', { region: translate(lang, `group.${p.region}`) });
    return { title: fullName(p, lang), lines: [p.coastal ? `${region} · ${translate(lang, 'layer.provinces.coastal')}` : region] };
  },
  mapLayers: (source) => [
    {
      id: 'provinces-fill',
      type: 'fill',
      source,
      'source-layer': 'provinces',
      // The choropleth: each province's colour is feature-state, set by the map controller from the
      // view's choropleth (grey until it has), faint where the filters leave a province out. This
      // expression never changes: a new expression for a data-driven property makes MapLibre parse
      // every tile again in its worker (about 250 ms per indicator switch here).
      paint: {
        'fill-color': ['to-color', ['coalesce', ['feature-state', 'color'], NO_DATA_COLOR]],
        'fill-opacity': ['case', ['boolean', ['feature-state', 'dimmed'], false], PROVINCE_FILL_OPACITY.dimmed, PROVINCE_FILL_OPACITY.shown],
      },
    },
    {
      id: 'provinces-outline',
      type: 'line',
      source,
      'source-layer': 'provinces',
      // The basemap draws every border; this layer only outlines the province under the pointer.
      paint: {
        'line-color': SELECTED_OUTLINE.color,
        'line-width': [
          'case',
          ['boolean', ['feature-state', 'selected'], false],
          SELECTED_OUTLINE.width,
          ['boolean', ['feature-state', 'hover'], false],
          1.5,
          0,
        ],
      },
    },
  ],
});
