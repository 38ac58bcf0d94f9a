/**
 * What every inequality measure here reads: one value per unit (a province's per-capita or rate
 * figure) and the unit's weight (its year-end resident population). Weights are used as shares
 * p_i = w_i ÷ Σ w, so any positive scale works (10,000 persons, persons).
 */
export interface WeightedValue {
  value: number;
  weight: number;
}

/** Population shares p_i = w_i ÷ Σ w_j. */
export function shares(units: readonly WeightedValue[]): number[] {
  const total = units.reduce((s, u) => s + u.weight, 0);
  return units.map((u) => u.weight / total);
}

/** The weighted mean μ = Σ p_i y_i: for a per-capita indicator weighted by population, the figure per resident of all the units together. */
export function weightedMean(units: readonly WeightedValue[]): number {
  // Σ w y ÷ Σ w rather than Σ p y: equal values then give exactly that value (and a Theil of exactly 0).
  return units.reduce((s, u) => s + u.weight * u.value, 0) / units.reduce((s, u) => s + u.weight, 0);
}

/** Throws on input no measure is defined for: no units, a weight that is not positive, a value that is not finite. */
export function assertMeasurable(units: readonly WeightedValue[], { positive = false }: { positive?: boolean } = {}): void {
  if (units.length === 0) throw new RangeError('no units to measure');
  for (const u of units) {
    if (!(u.weight > 0) || !Number.isFinite(u.weight)) throw new RangeError(`weight ${u.weight} is not a positive number`);
    if (!Number.isFinite(u.value)) throw new RangeError(`value ${u.value} is not a finite number`);
    if (positive ? !(u.value > 0) : u.value < 0) throw new RangeError(`value ${u.value} is not ${positive ? 'positive' : 'non-negative'}`);
  }
}

/** Equal weights: the unweighted form of a measure (each province counts once), as in PySAL's inequality package. */
export const unweighted = (values: readonly number[]): WeightedValue[] => values.map((value) => ({ value, weight: 1 }));
