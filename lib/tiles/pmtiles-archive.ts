/** Where `npm run export:pmtiles` writes the tilesets as PMTiles archives, and what it names each. */
export const PMTILES_DIR = 'dist/pmtiles';

export const pmtilesFileName = (tileset: string) => `${tileset}.pmtiles`;
