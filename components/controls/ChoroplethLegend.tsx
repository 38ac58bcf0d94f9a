import type { LegendRow } from '@/lib/choropleth/bins';
import type { IndicatorYear } from '@/lib/indicators/api-types';
import { useI18n } from '@/components/i18n/use-i18n';
import { SourceLinks } from '../views/SourceLink';
import { YearNotes } from '../views/YearNotes';

/** On the change map: its title, unit, what its colours diverge from, and how many provinces have no change. */
export interface ChangeLegend {
  title: string;
  unit: string;
  note: string;
  from: number;
  to: number;
  missing: number;
  /** Provinces whose value in either year is an estimate. */
  estimated: number;
}

/** The choropleth's legend: the view's legend rows (the map's bins), plus the sources of the values shown. */
export function ChoroplethLegend({ data, rows, change = null }: { data: IndicatorYear; rows: LegendRow[]; change?: ChangeLegend | null }) {
  const { t, label, unit } = useI18n();
  const { indicator, year } = data;
  const provinces = data.values.filter((v) => v.kind === 'province');
  const missing = provinces.filter((v) => v.value === null).length;
  const estimated = change ? change.estimated : provinces.filter((v) => v.estimate).length;
  return (
    <section className="choropleth-legend" aria-label={t('legend.label')}>
      <h2>{change ? change.title : t('view.title', { indicator: label(indicator), year })}</h2>
      <p className="unit">{change ? change.unit : unit(indicator)}</p>
      <ul>
        {rows.map((row) => (
          <li key={row.label}>
            <span className="swatch" style={{ background: row.color }} aria-hidden="true" />
            {row.label}
          </li>
        ))}
      </ul>
      {change && <p className="note">{change.note}</p>}
      {change
        ? change.missing > 0 && <p className="note">{t('change.missing', { count: change.missing, from: change.from, to: change.to })}</p>
        : missing > 0 && <p className="note">{t('legend.missing', { count: missing, year })}</p>}
      {indicator.modeled ? (
        <p className="note">{t('legend.modeled')}</p>
      ) : (
        estimated > 0 && <p className="note">{t('legend.estimated', { count: estimated })}</p>
      )}
      <YearNotes indicator={indicator} from={change?.from ?? year} to={year} />
      <SourceLinks indicator={indicator.id} ids={provinces.flatMap((v) => v.sources)} citations={data.sources} />
    </section>
  );
}
