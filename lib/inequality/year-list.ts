/** "2005, 2010–2024": years written for people, runs of consecutive ones joined (its own module, without zod: the browser uses it too). */
export function yearList(years: readonly number[]): string {
  const runs: [number, number][] = [];
  for (const y of years) {
    const last = runs.at(-1);
    if (last && y === last[1] + 1) last[1] = y;
    else runs.push([y, y]);
  }
  return runs.map(([a, b]) => (a === b ? String(a) : b === a + 1 ? `${a}, ${b}` : `${a}–${b}`)).join(', ');
}
