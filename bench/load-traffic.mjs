/**
 * The request mix of the load test, read from the running app's own catalogues (layers, indicators,
 * regions, TileJSON) so it follows the registries instead of repeating their ids here. Every URL in
 * the mix is valid: any 4xx under load is a bug, not noise.
 */

const getJson = async (url) => {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url} answered ${res.status}`);
  return res.json();
};

/** Deterministic PRNG (mulberry32) so two runs send the same sequence of URLs. */
export function seededRandom(seed = 7) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const lng2x = (lng, z) => Math.floor(((lng + 180) / 360) * 2 ** z);
const lat2y = (lat, z) => {
  const r = (lat * Math.PI) / 180;
  return Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * 2 ** z);
};

/** Tiles a reader panning over the tileset's bounds would ask for, every zoom, up to `perZoom` each. */
export function tilePaths(id, { minzoom, maxzoom, bounds }, perZoom = 48) {
  const [w, s, e, n] = bounds;
  const paths = [];
  for (let z = minzoom; z <= maxzoom; z++) {
    const xs = [lng2x(w, z), Math.min(lng2x(e, z), 2 ** z - 1)];
    const ys = [lat2y(n, z), Math.min(lat2y(s, z), 2 ** z - 1)];
    const all = [];
    for (let x = xs[0]; x <= xs[1]; x++) for (let y = ys[0]; y <= ys[1]; y++) all.push(`/api/tiles/${id}/${z}/${x}/${y}`);
    const step = Math.max(1, Math.floor(all.length / perZoom));
    for (let i = 0; i < all.length; i += step) paths.push(all[i]);
  }
  return paths;
}

/** Groups of paths with the share of traffic each gets; roughly what map readers generate. */
export async function trafficMix(base) {
  const { layers } = await getJson(`${base}/api/layers`);
  const { indicators, regions } = await getJson(`${base}/api/indicators`);
  const tiles = {};
  for (const id of ['basemap', 'provinces', 'nightlights']) tiles[id] = tilePaths(id, await getJson(`${base}/api/tiles/${id}`));

  const indicatorPaths = indicators.flatMap((i) => i.years_with_data.filter((_, k, ys) => k % 4 === 0 || k === ys.length - 1).map((y) => `/api/indicators/${i.id}?year=${y}`));
  const layerPaths = layers.flatMap((l) => [l.url, ...(l.temporal ? [`${l.url}?year=${l.years[1]}`, `${l.url}?year=${l.years[0]}`] : [])]);
  return [
    { kind: 'page /', weight: 3, paths: ['/'] },
    { kind: 'page with view', weight: 3, paths: ['/?indicator=population&year=2010&region=420000&compare=coastal'] },
    // The map draws the provinces from their tiles; the GeoJSON is for downloads and API users.
    { kind: 'provinces tiles', weight: 8, paths: tiles.provinces },
    { kind: 'provinces layer', weight: 3, paths: ['/api/layers/provinces'] },
    { kind: 'other layers', weight: 10, paths: layerPaths.filter((p) => !p.startsWith('/api/layers/provinces')) },
    { kind: 'basemap tiles', weight: 33, paths: tiles.basemap },
    { kind: 'nightlight tiles', weight: 14, paths: tiles.nightlights },
    { kind: 'indicators', weight: 16, paths: indicatorPaths },
    { kind: 'regions', weight: 10, paths: regions.map((r) => `/api/regions/${r.code}`) },
  ];
}

/** Picks a group by weight, then one of its paths uniformly. */
export function picker(mix, random) {
  const total = mix.reduce((s, g) => s + g.weight, 0);
  return () => {
    let r = random() * total;
    const group = mix.find((g) => (r -= g.weight) < 0) ?? mix.at(-1);
    return { kind: group.kind, path: group.paths[Math.floor(random() * group.paths.length)] };
  };
}
