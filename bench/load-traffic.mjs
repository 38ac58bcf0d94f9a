/**
 * The request mix of the load test, read from the running app's own catalogues (layers, indicators,
 * regions, TileJSON) so it follows the registries instead of repeating their ids here. Every URL in
 * the mix is valid: any 4xx under load is a bug, not noise (a 503 with Retry-After is the one
 * refusal allowed: the server shedding work it cannot do now).
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

const round2 = (v) => Math.round(v * 100) / 100;
const randomInt = (random, lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
const pick = (random, xs) => xs[Math.floor(random() * xs.length)];

/** A random box inside `bounds`, 0.5–20 degrees a side: what a reader panning and zooming asks for. */
export function randomBbox(random, [w, s, e, n]) {
  const width = Math.min(e - w, 0.5 + random() * 19.5);
  const height = Math.min(n - s, 0.5 + random() * 19.5);
  const west = w + random() * (e - w - width);
  const south = s + random() * (n - s - height);
  return [west, south, west + width, south + height].map(round2).join(',');
}

/** A random value range min..max (min ≤ max), as a reader dragging the legend's filter would set. */
export function randomRange(random) {
  const min = round2(random() * 100_000);
  return `${min}..${round2(min + random() * 200_000)}`;
}

/**
 * Groups of traffic with the share each gets; roughly what map readers generate. A group has fixed
 * `paths`, or `make(random)` for URLs drawn fresh each time (previews, bboxes, page views), which no
 * cache holds in advance: that is what the audit found expensive.
 */
export async function trafficMix(base) {
  const { layers } = await getJson(`${base}/api/layers`);
  const { indicators, regions } = await getJson(`${base}/api/indicators`);
  const tilesets = {};
  for (const id of ['basemap', 'provinces', 'nightlights']) tilesets[id] = await getJson(`${base}/api/tiles/${id}`);
  const tiles = Object.fromEntries(Object.entries(tilesets).map(([id, t]) => [id, tilePaths(id, t)]));

  const indicatorIds = indicators.map((i) => i.id);
  const indicatorPaths = indicators.flatMap((i) =>
    i.years_with_data.filter((_, k, ys) => k % 4 === 0 || k === ys.length - 1).map((y) => `/api/indicators/${i.id}?year=${y}`),
  );
  const layerPaths = layers.flatMap((l) => [l.url, ...(l.temporal ? [`${l.url}?year=${l.years[1]}`, `${l.url}?year=${l.years[0]}`] : [])]);
  const provincesLayer = layers.find((l) => l.id === 'provinces');
  const temporalLayers = layers.filter((l) => l.temporal);
  const bounds = tilesets.provinces.bounds;
  // Years the URL accepts (lib/url/view-state.ts), not only years with data: a shared link may name any.
  const anyYear = (random) => randomInt(random, 1949, 2100);
  return [
    { kind: 'page /', weight: 2, paths: ['/'] },
    {
      kind: 'page with view',
      weight: 2,
      paths: ['/?indicator=population&year=2010&region=420000&compare=coastal', '/?lang=zh', '/?embed=1&indicator=urbanization'],
    },
    { kind: 'page random view', weight: 2, make: (random) => `/?indicator=${pick(random, indicatorIds)}&year=${anyYear(random)}` },
    // The map draws the provinces from their tiles; the GeoJSON is for downloads and API users.
    { kind: 'provinces tiles', weight: 8, paths: tiles.provinces },
    { kind: 'provinces layer', weight: 3, paths: ['/api/layers/provinces'] },
    { kind: 'provinces bbox', weight: 2, make: (random) => `${provincesLayer.url}?bbox=${randomBbox(random, bounds)}` },
    {
      kind: 'temporal layer bbox',
      weight: 2,
      make: (random) => {
        const l = pick(random, temporalLayers);
        return `${l.url}?bbox=${randomBbox(random, bounds)}&year=${randomInt(random, l.years[0], l.years[1])}`;
      },
    },
    { kind: 'other layers', weight: 8, paths: layerPaths.filter((p) => !p.startsWith('/api/layers/provinces')) },
    { kind: 'basemap tiles', weight: 31, paths: tiles.basemap },
    { kind: 'nightlight tiles', weight: 13, paths: tiles.nightlights },
    { kind: 'indicators', weight: 15, paths: indicatorPaths },
    { kind: 'regions', weight: 9, paths: regions.map((r) => `/api/regions/${r.code}`) },
    {
      kind: 'preview variants',
      weight: 3,
      // The preview, like the indicator API, answers 400 for a year without data: only years with data are valid here.
      make: (random) => {
        const i = pick(random, indicators);
        return `/api/preview?indicator=${i.id}&year=${pick(random, i.years_with_data)}&range=${randomRange(random)}`;
      },
    },
  ];
}

/** The kinds of page views in the mix: their p99 has its own limit. */
export const isPageKind = (kind) => kind.startsWith('page');

/** Picks a group by weight, then one of its paths uniformly (or a fresh one from `make`). */
export function picker(mix, random) {
  const total = mix.reduce((s, g) => s + g.weight, 0);
  return () => {
    let r = random() * total;
    const group = mix.find((g) => (r -= g.weight) < 0) ?? mix.at(-1);
    return { kind: group.kind, path: group.make ? group.make(random) : pick(random, group.paths) };
  };
}
