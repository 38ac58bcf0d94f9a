import type { LegendRow } from '@/lib/choropleth/bins';
import type { IndicatorYear } from '@/lib/indicators/api-types';
import { useI18n } from '@/components/i18n/use-i18n';
import { SourceLinks } from '../views/SourceLink';
import { YearNotes } from '../views/YearNotes';
import type { LayerDefinition } from '@/lib/layers/registry';
import { LegendSymbol } from './LayerPanel';

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

/** A layer drawn over the provinces (the nightlight proxy) and the year it shows: its colours are the map's now. */
export interface CoveringLayer {
  layer: LayerDefinition;
  year: number;
}

interface ChoroplethLegendProps {
  data: IndicatorYear;
  rows: LegendRow[];
  change?: ChangeLegend | null;
  covering?: CoveringLayer | null;
}

/**
 * The choropleth's legend: the view's legend rows (the map's bins), plus the sources of the values
 * shown; led by the covering layer's scale when one is drawn over the provinces.
 */
export function ChoroplethLegend({ data, rows, change = null, covering = null }: ChoroplethLegendProps) {
  const { t, label, unit, lang } = useI18n();
  const { indicator, year } = data;
  const provinces = data.values.filter((v) => v.kind === 'province');
  const missing = provinces.filter((v) => v.value === null).length;
  const estimated = change ? change.estimated : provinces.filter((v) => v.estimate).length;
  return (
    <section className="choropleth-legend" aria-label={t('legend.label')}>
      {covering && (
        <div className="covering-legend">
          <h2>{t('legend.covering', { layer: lang === 'zh' ? covering.layer.title_zh : covering.layer.title, year: covering.year })}</h2>
          <ul>
            {covering.layer.legend.map((item) => (
              <li key={item.label}>
                <LegendSymbol item={item} />
                {lang === 'zh' ? item.label_zh : item.label}
              </li>
            ))}
          </ul>
          <p className="note">{t('legend.coveringUnder')}</p>
        </div>
      )}
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
