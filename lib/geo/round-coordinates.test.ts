import { describe, expect, it } from 'vitest';
import { roundGeometry } from './round-coordinates';

describe('roundGeometry', () => {
  it('rounds nested polygon coordinates and keeps the structure', () => {
    const poly = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [1.1234567, 2.9876543],
          [3, 4],
          [5.5555555, 6],
          [1.1234567, 2.9876543],
        ],
      ],
    };
    expect(roundGeometry(poly, 5).coordinates[0][0]).toEqual([1.12346, 2.98765]);
    expect(roundGeometry(poly, 5).coordinates[0]).toHaveLength(4);
  });

  it('rounds points', () => {
    expect(roundGeometry({ type: 'Point', coordinates: [100.0000049, -1.23] }, 5).coordinates).toEqual([100, -1.23]);
  });
});
