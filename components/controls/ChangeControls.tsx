'use client';

import { useId } from 'react';
import { CHANGE_KINDS, type ChangeKind } from '@/lib/url/view-state';
import { useI18n } from '@/components/i18n/use-i18n';

interface ChangeControlsProps {
  /** The indicator's years with data before the end year: the possible start years. */
  years: readonly number[];
  /** The start year shown (the link's `from`, moved to a year with data), null when the map shows values. */
  from: number | null;
  change: ChangeKind | null;
  /** Turns the change map on (percent, from the given year), off, or changes its kind or start year. */
  onChange: (patch: { change: ChangeKind | null; from?: number }) => void;
}

/** The change map's switch: colour each province by its change since a start year, as a percentage, in units or per year. */
export function ChangeControls({ years, from, change, onChange }: ChangeControlsProps) {
  const { t } = useI18n();
  const ids = { toggle: useId(), from: useId(), kind: useId() };
  if (years.length === 0) return null;
  const start = from ?? years[0];
  return (
    <fieldset className="controls change-controls">
      <legend className="visually-hidden">{t('change.kind')}</legend>
      <div className="change-row">
        <input
          id={ids.toggle}
          type="checkbox"
          checked={change !== null}
          onChange={(e) => onChange(e.target.checked ? { change: 'pct', from: start } : { change: null })}
        />
        <label htmlFor={ids.toggle}>{t('change.toggle')}</label>
        <select
          id={ids.from}
          aria-label={t('change.toggle')}
          value={start}
          disabled={change === null}
          onChange={(e) => onChange({ change, from: Number(e.target.value) })}
        >
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      {change !== null && (
        <div className="segmented" role="radiogroup" aria-label={t('change.kind')}>
          {CHANGE_KINDS.map((kind) => (
            <label key={kind}>
              <input type="radio" name={ids.kind} checked={change === kind} onChange={() => onChange({ change: kind })} />
              {t(`change.${kind}`)}
            </label>
          ))}
        </div>
      )}
    </fieldset>
  );
}
