import { describe, expect, it } from 'vitest';
import { leastSquares } from './least-squares';

describe('leastSquares', () => {
  it('fits a hand-computed line', () => {
    const fit = leastSquares([
      [1, 1],
      [2, 3.5],
      [3, 5],
      [2, 2.5],
    ])!;
    // Sxx = 2, Sxy = 4 → slope 2, intercept 3 − 2·2 = −1.
    expect(fit.slope).toBeCloseTo(2, 12);
    expect(fit.intercept).toBeCloseTo(-1, 12);
    // Residuals 0, 0.5, 0, −0.5: SSR = 0.5; SST = 4 + 0.25 + 4 + 0.25 = 8.5 → R² = 1 − 0.5/8.5.
    expect(fit.r2).toBeCloseTo(1 - 0.5 / 8.5, 12);
    // SE = √(0.5 / 2 / 2) = 0.3536.
    expect(fit.slopeStdError).toBeCloseTo(Math.sqrt(0.125), 12);
    expect(fit.n).toBe(4);
  });

  it('is exact on a perfect line and undefined without spread in x or with too few points', () => {
    const perfect = leastSquares([
      [0, 1],
      [1, 3],
      [2, 5],
    ])!;
    expect(perfect).toMatchObject({ n: 3 });
    expect(perfect.slope).toBeCloseTo(2, 12);
    expect(perfect.r2).toBeCloseTo(1, 12);
    expect(perfect.slopeStdError).toBeCloseTo(0, 12);
    expect(
      leastSquares([
        [1, 1],
        [1, 2],
        [1, 3],
      ]),
    ).toBeNull();
    expect(
      leastSquares([
        [1, 1],
        [2, 2],
      ]),
    ).toBeNull();
  });
});
