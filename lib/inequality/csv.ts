/** GET /api/convergence?format=csv: one row per measured year, with beta and rank mobility in the header block. */
import { csvLine, headerBlock } from '../indicators/csv-export';
import type { Citation, Indicator } from '../indicators/schema';
import type { ConvergenceReport } from './report';

const COLUMNS = [
  'year',
  'n',
  'cv_weighted',
  'cv_unweighted',
  'sd_log',
  'gini',
  'theil_total',
  'theil_between_regions',
  'theil_within_regions',
  'theil_between_coastal',
  'theil_within_coastal',
  'coastal_inland_ratio',
  'estimates',
];

const orBlank = (v: number | null) => (v === null ? undefined : v);

export function convergenceCsv(
  indicator: Indicator,
  report: Pick<ConvergenceReport, 'from' | 'to' | 'years' | 'beta' | 'rank_mobility'>,
  sourceIds: readonly string[],
  method: string,
  citations: Record<string, Citation>,
): string {
  const { beta, rank_mobility: m, from, to } = report;
  const header = headerBlock(
    [
      `Inequality across China's 31 provinces: ${indicator.label_en} (${indicator.label_zh}), ${indicator.unit_en}, ${from}-${to}`,
      `Method: ${method}`,
      beta
        ? `Beta convergence ${from}-${to}: coefficient ${beta.coefficient}, std_error ${beta.std_error}, r2 ${beta.r2}, speed ${beta.speed ?? 'none'}, half_life_years ${beta.half_life_years ?? 'none'}, n ${beta.n}`
        : `Beta convergence ${from}-${to}: not defined (fewer than three provinces or no spread)`,
      `Rank mobility ${from}-${to}: kendall_tau ${m.kendall_tau}, moved_3_plus ${m.moved_3_plus} of ${m.n}`,
    ],
    [{ sources: sourceIds }],
    citations,
  );
  const rows = report.years.map((y) =>
    csvLine([
      y.year,
      y.n,
      y.cv_weighted,
      y.cv_unweighted,
      y.sd_log,
      y.gini,
      y.theil.total,
      y.theil.between_regions,
      y.theil.within_regions,
      y.theil.between_coastal,
      y.theil.within_coastal,
      orBlank(y.coastal_inland_ratio),
      y.estimates,
    ]),
  );
  return [...header, COLUMNS.join(','), ...rows].join('\n') + '\n';
}
