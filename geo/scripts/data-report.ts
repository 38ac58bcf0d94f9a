/** npm run data:report — coverage of every indicator (provinces × years filled) and every gap. */
import { buildDataset } from '../../lib/indicators/build-dataset';
import { coverageOf, expectedYears, formatYearRuns } from '../../lib/indicators/coverage';
import { readSourceFiles } from './build-indicators';

const dataset = buildDataset(readSourceFiles());
const rows = dataset.indicators.map((i) => coverageOf(dataset, i));

console.log('Indicator coverage (31 provinces × expected years; China as a whole counted separately)\n');
console.log(`${'indicator'.padEnd(26)}${'published'.padStart(10)}${'expected'.padStart(10)}${'%'.padStart(8)}${'estimated'.padStart(11)}   national years`);
for (const r of rows) {
  const i = dataset.indicators.find((x) => x.id === r.indicator)!;
  if (i.modeled) {
    console.log(`${r.indicator.padEnd(26)}   modeled: computed by npm run geo:build, not collected`);
    continue;
  }
  const nYears = expectedYears(i).length;
  console.log(
    `${r.indicator.padEnd(26)}${String(r.filled).padStart(10)}${String(r.expected).padStart(10)}${r.percent.toFixed(1).padStart(8)}${String(r.estimated).padStart(11)}   ${r.nationalYears}/${nYears}`,
  );
}
console.log('\nGaps (years with no published value, by province; some are filled with marked estimates):');
for (const r of rows.filter((x) => !dataset.indicators.find((i) => i.id === x.indicator)!.modeled)) {
  const entries = Object.entries(r.gaps);
  console.log(`\n${r.indicator}: ${entries.length === 0 ? 'none' : `${entries.length} provinces with gaps`}`);
  for (const [name, years] of entries) console.log(`  ${name.padEnd(16)} ${formatYearRuns(years)}`);
  const indicator = dataset.indicators.find((i) => i.id === r.indicator)!;
  const nationalGaps = r.nationalYears < expectedYears(indicator).length;
  if (nationalGaps) console.log(`  China as a whole: ${r.nationalYears} of ${expectedYears(indicator).length} years`);
  if ((entries.length > 0 || nationalGaps) && indicator.gaps_searched) console.log(`  where we looked: ${indicator.gaps_searched}`);
}
