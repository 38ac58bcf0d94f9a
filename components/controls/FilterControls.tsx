'use client';

import { useId } from 'react';
import { GROUP_FILTERS, histogram, type GroupFilter, type ValueRange } from '@/lib/choropleth/filters';
import { colorFor, type Bins } from '@/lib/choropleth/bins';
import type { CatalogueIndicator } from '@/lib/indicators/api-types';
import { useI18n } from '@/components/i18n/use-i18n';

const STEPS = 100;
const HIST_BINS = 12;

interface FilterControlsProps {
  indicator: CatalogueIndicator;
  values: ReadonlyMap<string, number | null>;
  bins: Bins | null;
  group: GroupFilter;
  range: ValueRange | null;
  onGroup: (g: GroupFilter) => void;
  onRange: (r: ValueRange | null) => void;
}

/** The region-group filter and the value-range filter (a histogram with two handles); both dim the rest. */
export function FilterControls({ indicator, values, bins, group, range, onGroup, onRange }: FilterControlsProps) {
  const ids = { group: useId(), min: useId(), max: useId() };
  const present = [...values.values()].filter((v): v is number => v !== null);
  const hist = histogram([...values.values()], HIST_BINS);
  const [lo, hi] = present.length ? [Math.min(...present), Math.max(...present)] : [0, 0];
  const toStep = (v: number) => (hi === lo ? 0 : Math.round(((v - lo) / (hi - lo)) * STEPS));
  const fromStep = (s: number) => lo + ((hi - lo) * s) / STEPS;
  const [minStep, maxStep] = range ? [toStep(range[0]), toStep(range[1])] : [0, STEPS];
  const setSteps = (a: number, b: number) => onRange(a <= 0 && b >= STEPS ? null : [fromStep(a), fromStep(b)]);
  const maxCount = Math.max(1, ...hist.counts);
  const { t, value: formatValue, range: formatRange } = useI18n();
  const fmt = (v: number) => formatValue(v, indicator);

  return (
    <fieldset className="controls filters">
      <legend>{t('filter.legend')}</legend>
      <label htmlFor={ids.group}>{t('filter.group')}</label>
      <select id={ids.group} value={group} onChange={(e) => onGroup(e.target.value as GroupFilter)}>
        {GROUP_FILTERS.map((g) => (
          <option key={g} value={g}>
            {t(`group.${g}` as const)}
          </option>
        ))}
      </select>

      <fieldset className="range" disabled={present.length < 2}>
        <legend>{t('filter.range')}</legend>
        <svg className="histogram" viewBox={`0 0 ${HIST_BINS * 10} 40`} preserveAspectRatio="none" aria-hidden="true">
          {hist.counts.map((c, i) => {
            const mid = (hist.edges[i] + hist.edges[i + 1]) / 2;
            const inside = !range || (mid >= range[0] && mid <= range[1]);
            return (
              <rect
                key={i}
                x={i * 10 + 1}
                width={8}
                y={40 - (c / maxCount) * 38}
                height={(c / maxCount) * 38}
                fill={colorFor(mid, bins)}
                opacity={inside ? 1 : 0.25}
              />
            );
          })}
        </svg>
        <StepSlider
          id={ids.min}
          label={t('filter.min')}
          step={minStep}
          valueText={fmt(fromStep(minStep))}
          onStep={(v) => setSteps(Math.min(v, maxStep), maxStep)}
        />
        <StepSlider
          id={ids.max}
          label={t('filter.max')}
          step={maxStep}
          valueText={fmt(fromStep(maxStep))}
          onStep={(v) => setSteps(minStep, Math.max(v, minStep))}
        />
        <p className="range-readout" aria-live="polite">
          {range ? formatRange(range[0], range[1], indicator) : t('filter.all')}
          {range && (
            <button type="button" onClick={() => onRange(null)} aria-label={t('filter.resetLabel')}>
              {t('filter.reset')}
            </button>
          )}
        </p>
      </fieldset>
    </fieldset>
  );
}

/** One handle of the value range: a labelled 0–STEPS slider that speaks its value in the indicator's units. */
function StepSlider({ id, label, step, valueText, onStep }: { id: string; label: string; step: number; valueText: string; onStep: (v: number) => void }) {
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <input id={id} type="range" min={0} max={STEPS} value={step} aria-valuetext={valueText} onChange={(e) => onStep(Number(e.target.value))} />
    </>
  );
}
