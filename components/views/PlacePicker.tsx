'use client';

import { useMemo } from 'react';
import { searchPlaces } from '@/lib/views/place-search';
import { MAX_PLACES } from '@/lib/url/view-state';
import { useI18n } from '@/components/i18n/use-i18n';
import { placeColor } from './place-colors';
import { PlaceSearch } from './PlaceSearch';

interface PlacePickerProps {
  places: readonly string[];
  onChange: (places: string[]) => void;
  /** The default set is in use (the URL names no places). */
  isDefault: boolean;
  onReset: () => void;
}

/** Chosen places as removable chips, and a type-ahead combobox (English, Chinese, pinyin) to add more. */
export function PlacePicker({ places, onChange, isDefault, onReset }: PlacePickerProps) {
  const { t, name } = useI18n();
  const full = places.length >= MAX_PLACES;
  const byCode = useMemo(() => new Map(searchPlaces('').map((p) => [p.code, p])), []);

  return (
    <div className="place-picker">
      <ul className="chips" aria-label={t('places.label')}>
        {places.map((code, i) => {
          const place = byCode.get(code);
          const label = place ? name(place) : code;
          return (
            <li key={code} className="chip" style={{ borderColor: placeColor(i) }}>
              <span className="chip-swatch" style={{ background: placeColor(i) }} aria-hidden="true" />
              {label}
              <button type="button" aria-label={t('places.remove', { name: label })} onClick={() => onChange(places.filter((c) => c !== code))}>
                ×
              </button>
            </li>
          );
        })}
      </ul>
      <PlaceSearch
        label={t('places.search')}
        exclude={places}
        refusal={full ? t('places.full', { max: MAX_PLACES }) : undefined}
        onPick={(p) => onChange([...places, p.code])}
        onBackspaceEmpty={() => places.length > 0 && onChange(places.slice(0, -1))}
      />
      {full && <p className="hint">{t('places.full', { max: MAX_PLACES })}</p>}
      {!isDefault && (
        <button type="button" className="link-button" onClick={onReset}>
          {t('places.reset')}
        </button>
      )}
    </div>
  );
}
