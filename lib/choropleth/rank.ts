/** Rank of each province by value (1 = highest); ties share a rank; missing values are unranked. */
export function ranks(values: ReadonlyMap<string, number | null>): Map<string, number> {
  const present = [...values].filter((e): e is [string, number] => e[1] !== null).sort((a, b) => b[1] - a[1]);
  const out = new Map<string, number>();
  present.forEach(([code, v], i) => out.set(code, i > 0 && v === present[i - 1][1] ? out.get(present[i - 1][0])! : i + 1));
  return out;
}
