'use client';

import { useId, useMemo, useRef, useState } from 'react';
import { searchPlaces, type PlaceEntry } from '@/lib/views/place-search';
import { useI18n } from '@/components/i18n/use-i18n';
import { useEarlyInput } from './use-early-input';

interface PlaceSearchProps {
  label: string;
  onPick: (place: PlaceEntry) => void;
  /** Places not offered (already chosen). */
  exclude?: readonly string[];
  /** Kinds of place offered; all of them by default. */
  kinds?: readonly PlaceEntry['kind'][];
  /** Why nothing can be picked now, said in place of the options. */
  refusal?: string;
  /** Backspace in the empty field (the picker removes its last chip). */
  onBackspaceEmpty?: () => void;
}

const MAX_OPTIONS = 8;

/** A type-ahead combobox over China, the groups and the provinces, by English, Chinese or pinyin (WAI-ARIA combobox pattern). */
export function PlaceSearch({ label, onPick, exclude = [], kinds, refusal, onBackspaceEmpty }: PlaceSearchProps) {
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
  const options = useMemo(
    () =>
      searchPlaces(query, exclude)
        .filter((p) => !kinds || kinds.includes(p.kind))
        .slice(0, MAX_OPTIONS),
    [query, exclude, kinds],
  );

  const pick = (p: PlaceEntry) => {
    if (refusal) return;
    onPick(p);
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
      pick(options[active]);
    } else if (e.key === 'Escape') {
      // Closing the options only: a panel's Escape must not close it too.
      if (open && query.trim() !== '') e.stopPropagation();
      setOpen(false);
    } else if (e.key === 'Backspace' && query === '') {
      onBackspaceEmpty?.();
    }
  };

  const expanded = open && !refusal && query.trim() !== '';
  return (
    <div className="combobox">
      <label htmlFor={ids.input}>{label}</label>
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
        disabled={!!refusal}
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
        {refusal ?? (expanded ? t('places.options', { count: options.length }) : '')}
      </span>
      {expanded && (
        <ul id={ids.list} role="listbox" className="listbox" aria-label={label}>
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
              onClick={() => pick(p)}
            >
              {name(p)} <span className="muted">{p.name_zh === name(p) ? p.name_en : p.name_zh}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
