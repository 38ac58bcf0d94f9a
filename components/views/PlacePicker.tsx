'use client';

import { useId, useMemo, useRef, useState } from 'react';
import { searchPlaces, type PlaceEntry } from '@/lib/views/place-search';
import { MAX_PLACES } from '@/lib/url/view-state';
import { useI18n } from '@/components/i18n/use-i18n';
import { placeColor } from './place-colors';
import { useEarlyInput } from './use-early-input';

interface PlacePickerProps {
  places: readonly string[];
  onChange: (places: string[]) => void;
  /** The default set is in use (the URL names no places). */
  isDefault: boolean;
  onReset: () => void;
}

const MAX_OPTIONS = 8;

/** Chosen places as removable chips, and a type-ahead combobox (English, Chinese, pinyin) to add more. */
export function PlacePicker({ places, onChange, isDefault, onReset }: PlacePickerProps) {
  const { t, name } = useI18n();
  const ids = { input: useId(), list: useId(), hint: useId() };
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  useEarlyInput(input, (typed) => {
    setQuery(typed);
    setOpen(document.activeElement === input.current);
  });
  const options = useMemo(() => searchPlaces(query, places).slice(0, MAX_OPTIONS), [query, places]);
  const full = places.length >= MAX_PLACES;
  const byCode = useMemo(() => new Map(searchPlaces('').map((p) => [p.code, p])), []);

  const add = (p: PlaceEntry) => {
    if (full) return;
    onChange([...places, p.code]);
    setQuery('');
    setActive(0);
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(options.length - 1, i + 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((i) => Math.max(0, i - 1));
    } else if (e.key === 'Enter' && open && options[active]) {
      e.preventDefault();
      add(options[active]);
    } else if (e.key === 'Escape') {
      setOpen(false);
    } else if (e.key === 'Backspace' && query === '' && places.length > 0) {
      onChange(places.slice(0, -1));
    }
  };

  const expanded = open && !full && query.trim() !== '';
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
      <div className="combobox">
        <label htmlFor={ids.input}>{t('places.search')}</label>
        <input
          ref={input}
          id={ids.input}
          type="search"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={ids.list}
          aria-describedby={ids.hint}
          aria-activedescendant={expanded && options[active] ? `${ids.list}-${options[active].code}` : undefined}
          value={query}
          disabled={full}
          placeholder={t('places.searchHint')}
          onChange={(e) => {
            setQuery(e.target.value);
            setOpen(true);
            setActive(0);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
          onKeyDown={onKeyDown}
        />
        <span id={ids.hint} className="visually-hidden" aria-live="polite">
          {full ? t('places.full', { max: MAX_PLACES }) : expanded ? t('places.options', { count: options.length }) : ''}
        </span>
        {expanded && (
          <ul id={ids.list} role="listbox" className="listbox" aria-label={t('places.search')}>
            {options.length === 0 && (
              <li role="option" aria-selected={false} aria-disabled="true" className="empty">
                {t('places.noMatch', { query })}
              </li>
            )}
            {options.map((p, i) => (
              <li
                key={p.code}
                id={`${ids.list}-${p.code}`}
                role="option"
                aria-selected={i === active}
                className={i === active ? 'active' : undefined}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => add(p)}
              >
                {name(p)} <span className="muted">{p.name_zh === name(p) ? p.name_en : p.name_zh}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
      {full && <p className="hint">{t('places.full', { max: MAX_PLACES })}</p>}
      {!isDefault && (
        <button type="button" className="link-button" onClick={onReset}>
          {t('places.reset')}
        </button>
      )}
    </div>
  );
}
