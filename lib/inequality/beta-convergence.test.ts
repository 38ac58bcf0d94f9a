import { describe, expect, it } from 'vitest';
import { betaConvergence } from './beta-convergence';

/**
 * Four provinces over T = 10 years, built on the log scale:
 *   ln(initial) x = 0, 1, 2, 1; average annual log growth g = 0.05, 0.045, 0.03, 0.035
 *   x̄ = 1, ḡ = 0.04; Sxx = 1 + 0 + 1 + 0 = 2; Sxy = (−1)(0.01) + 0 + (1)(−0.01) + 0 = −0.02
 *   b = −0.02 ÷ 2 = −0.01; α = 0.04 + 0.01·1 = 0.05
 *   fitted 0.05, 0.04, 0.03, 0.04 → residuals 0, 0.005, 0, −0.005: SSR = 5e-5
 *   SST = 1e-4 + 2.5e-5 + 1e-4 + 2.5e-5 = 2.5e-4 → R² = 1 − 5e-5 ÷ 2.5e-4 = 0.8
 *   SE(b) = √(SSR ÷ (n − 2) ÷ Sxx) = √(5e-5 ÷ 2 ÷ 2) = √1.25e-5 = 0.00353553390593…
 *   λ = −ln(1 + bT) ÷ T = −ln(0.9) ÷ 10 = 0.0105360515657826…
 *   half-life = ln 2 ÷ λ = 0.693147180559945 ÷ 0.0105360515657826 = 65.788…  years
 */
const X = [0, 1, 2, 1];
const G = [0.05, 0.045, 0.03, 0.035];
const units = X.map((x, i) => ({ code: `p${i}`, initial: Math.exp(x), final: Math.exp(x + 10 * G[i]) }));

describe('betaConvergence', () => {
  it('matches the hand-computed regression, speed and half-life', () => {
    const beta = betaConvergence(units, 10)!;
    expect(beta.coefficient).toBeCloseTo(-0.01, 12);
    expect(beta.intercept).toBeCloseTo(0.05, 12);
    expect(beta.r2).toBeCloseTo(0.8, 10);
    expect(beta.std_error).toBeCloseTo(Math.sqrt(1.25e-5), 12);
    expect(beta.speed).toBeCloseTo(-Math.log(0.9) / 10, 12);
    expect(beta.speed).toBeCloseTo(0.0105360515657826, 12);
    expect(beta.half_life_years).toBeCloseTo(65.7881, 3);
    expect(beta.n).toBe(4);
    expect(beta.years).toBe(10);
    expect(beta.points[2]).toEqual({ code: 'p2', log_initial: 2, growth: expect.closeTo(0.03, 12) });
  });

  it('has no speed when lower values did not grow faster, or the slope overshoots', () => {
    // Growth rising with the initial level: b = +0.01.
    const diverging = X.map((x, i) => ({ code: `p${i}`, initial: Math.exp(x), final: Math.exp(x + 10 * (0.08 - G[i])) }));
    const up = betaConvergence(diverging, 10)!;
    expect(up.coefficient).toBeCloseTo(0.01, 12);
    expect(up).toMatchObject({ speed: null, half_life_years: null });
    // b = −0.01 over 100 years: 1 + bT = 0, the formula has no value.
    const long = X.map((x, i) => ({ code: `p${i}`, initial: Math.exp(x), final: Math.exp(x + 100 * G[i]) }));
    expect(betaConvergence(long, 100)).toMatchObject({ speed: null, half_life_years: null });
  });

  it('needs three provinces with positive values and some spread', () => {
    expect(betaConvergence(units.slice(0, 2), 10)).toBeNull();
    expect(() => betaConvergence([{ code: 'x', initial: 0, final: 1 }], 10)).toThrow(RangeError);
    expect(() => betaConvergence(units, 0)).toThrow(RangeError);
  });
});
