import type { Bins } from '@/lib/choropleth/bins';
import { legendRows } from '@/lib/choropleth/bins';
import type { IndicatorYear } from '@/lib/indicators/api-types';
import { formatValue } from '@/lib/indicators/format';

/** The choropleth's legend: the same bins as the map, plus the sources of the values shown. */
export function ChoroplethLegend({ data, bins }: { data: IndicatorYear; bins: Bins | null }) {
  const { indicator, year } = data;
  const provinces = data.values.filter((v) => v.kind === 'province');
  const missing = provinces.filter((v) => v.value === null).length;
  const estimated = provinces.filter((v) => v.estimate).length;
  const publishers = [...new Set(provinces.flatMap((v) => v.sources.map((s) => data.sources[s]?.publisher)).filter(Boolean))];
  return (
    <section className="choropleth-legend" aria-label="Map legend">
      <h2>
        {indicator.label_en}, {year}
      </h2>
      <p className="unit">{indicator.unit_en}</p>
      <ul>
        {legendRows(bins, (v) => formatValue(v, indicator)).map((row) => (
          <li key={row.label}>
            <span className="swatch" style={{ background: row.color }} aria-hidden="true" />
            {row.label}
          </li>
        ))}
      </ul>
      {missing > 0 && <p className="note">{missing} of 31 provinces have no published figure for {year}.</p>}
      {estimated > 0 && <p className="note">{estimated} values are estimates (GDP ÷ population), marked in the tooltip.</p>}
      <p className="source">Source: {publishers.join('; ') || '—'}</p>
    </section>
  );
}
