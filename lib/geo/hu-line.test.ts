import { describe, expect, it } from 'vitest';
import { booleanClockwise, length, lineString } from '@turf/turf';
import { eastOfHuLine, huLineCoordinates, isEastOfHuLine, type LngLat } from './hu-line';

const HEIHE: LngLat = [127.49016, 50.24413];
const TENGCHONG: LngLat = [98.51276, 24.99492];

describe('Hu Line', () => {
  it('runs about 3,700 km from Heihe to Tengchong', () => {
    const coords = huLineCoordinates(HEIHE, TENGCHONG);
    expect(coords[0]).toEqual(HEIHE);
    expect(coords.at(-1)).toEqual(TENGCHONG);
    const km = length(lineString(coords), { units: 'kilometers' });
    expect(km).toBeGreaterThan(3500);
    expect(km).toBeLessThan(4000);
  });

  it('puts the coastal cities east and the western capitals west', () => {
    const east = eastOfHuLine(HEIHE, TENGCHONG);
    expect(booleanClockwise(east.geometry.coordinates[0])).toBe(false);
    for (const city of [
      [121.47, 31.23],
      [114.27, 30.58],
      [106.55, 29.56],
      [104.07, 30.67],
      [113.26, 23.13],
    ] as LngLat[]) {
      expect(isEastOfHuLine(east, city), city.join(',')).toBe(true);
    }
    for (const city of [
      [87.6, 43.8],
      [91.1, 29.65],
      [101.76, 36.63],
      [103.84, 36.06],
    ] as LngLat[]) {
      expect(isEastOfHuLine(east, city), city.join(',')).toBe(false);
    }
  });
});
