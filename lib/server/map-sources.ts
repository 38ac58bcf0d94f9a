/** The URLs the style hands the map (lib/map/map-sources.ts), from this build's content hashes and the tile archive setting. */
import { once } from '../cache/memo';
import { tileArchives } from '../http/tile-archives';
import { LAYERS, layerApiPath } from '../layers/registry';
import { PMTILES_SCHEME, type MapSources } from '../map/map-sources';
import { TILESETS, type TilesetId } from '../tiles/tilesets';
import { pmtilesFileName } from '../tiles/pmtiles-archive';
import { versionSegment } from '../http/version-segment';
import { glyphsVersion, layerVersion } from './asset-versions';

export const mapSources = once((): MapSources => {
  const archives = tileArchives();
  const ids = Object.keys(TILESETS) as TilesetId[];
  return {
    glyphs: `/api/glyphs/${versionSegment(glyphsVersion())}/{fontstack}/{range}`,
    // With archives the tiles need no app server: the map reads them by range requests (pmtiles).
    tilesets: Object.fromEntries(ids.map((id) => [id, archives ? `${PMTILES_SCHEME}${archives}${pmtilesFileName(id)}` : `/api/tiles/${id}`])),
    layers: Object.fromEntries(LAYERS.map((l) => [l.id, `${layerApiPath(l.id)}/${versionSegment(layerVersion(l.id))}`])),
  };
});
