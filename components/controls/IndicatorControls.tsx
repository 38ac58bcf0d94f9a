'use client';

import { useEffect, useId } from 'react';
import type { CatalogueIndicator } from '@/lib/indicators/api-types';
import { CLASSIFICATIONS, type Classification } from '@/lib/choropleth/classify';
import { useI18n } from '@/components/i18n/use-i18n';

interface IndicatorControlsProps {
  indicators: CatalogueIndicator[];
  indicatorId: string;
  /** The timeline's years (the indicator's, reaching on to temporal layers that are on). */
  years: readonly number[];
  year: number | null;
  classification: Classification;
  playing: boolean;
  onIndicator: (id: string) => void;
  onYear: (year: number) => void;
  onClassification: (c: Classification) => void;
  onPlaying: (playing: boolean) => void;
}

const PLAY_STEP_MS = 1200;

/** Indicator, year (slider over the years with data, with play/pause) and classification. */
export function IndicatorControls(props: IndicatorControlsProps) {
  const { indicators, indicatorId, years, year, classification, playing, onIndicator, onYear, onClassification, onPlaying } = props;
  const ids = { indicator: useId(), year: useId(), classification: useId() };
  const { t, label } = useI18n();
  const index = year === null ? -1 : years.indexOf(year);
  const categories = [...new Set(indicators.map((i) => i.category))];

  useEffect(() => {
    if (!playing) return;
    const timer = setTimeout(() => {
      if (index >= years.length - 1) onPlaying(false);
      else onYear(years[index + 1]);
    }, PLAY_STEP_MS);
    return () => clearTimeout(timer);
  }, [playing, index, years, onYear, onPlaying]);

  return (
    <fieldset className="controls">
      <legend>{t('controls.show')}</legend>
      <label htmlFor={ids.indicator}>{t('controls.indicator')}</label>
      <select id={ids.indicator} value={indicatorId} onChange={(e) => onIndicator(e.target.value)}>
        {categories.map((category) => (
          <optgroup key={category} label={t(`category.${category}` as const)}>
            {indicators
              .filter((i) => i.category === category)
              .map((i) => (
                <option key={i.id} value={i.id}>
                  {label(i)}
                </option>
              ))}
          </optgroup>
        ))}
      </select>

      <label htmlFor={ids.year}>{t('controls.year')}</label>
      <div className="year-row">
        <input
          id={ids.year}
          type="range"
          min={0}
          max={Math.max(0, years.length - 1)}
          step={1}
          value={Math.max(0, index)}
          disabled={years.length < 2}
          aria-valuetext={year === null ? t('common.noData') : String(year)}
          onChange={(e) => {
            onPlaying(false);
            onYear(years[Number(e.target.value)]);
          }}
        />
        <output htmlFor={ids.year}>{year ?? '—'}</output>
        <button
          type="button"
          onClick={() => {
            if (!playing && index >= years.length - 1 && years.length > 0) onYear(years[0]);
            onPlaying(!playing);
          }}
          disabled={years.length < 2}
          aria-pressed={playing}
        >
          {playing ? t('controls.pause') : t('controls.play')}
        </button>
      </div>

      <label htmlFor={ids.classification}>{t('controls.classification')}</label>
      <select id={ids.classification} value={classification} onChange={(e) => onClassification(e.target.value as Classification)}>
        {CLASSIFICATIONS.map((c) => (
          <option key={c} value={c}>
            {t(`class.${c}` as const)}
          </option>
        ))}
      </select>
    </fieldset>
  );
}
