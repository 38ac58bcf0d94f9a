import { describe, expect, it } from 'vitest';
import { curvedLine } from './arc';

describe('curvedLine', () => {
  it('starts and ends at the two points and bows to one side', () => {
    const line = curvedLine([0, 0], [10, 0], 0.2, 10);
    expect(line[0]).toEqual([0, 0]);
    expect(line.at(-1)).toEqual([10, 0]);
    expect(line[5][1]).toBeCloseTo(1, 5); // half of the control point's 2-unit offset
  });
});
