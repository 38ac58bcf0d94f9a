'use client';

import { useMemo, useState } from 'react';
import type { IndicatorYear } from '@/lib/indicators/api-types';
import { useI18n } from '@/components/i18n/use-i18n';
import { PlaceName } from '@/components/i18n/PlaceName';

type SortKey = 'name' | 'value';

/** The accessible way to the map's data: every province and group with its value, sortable; choosing one selects it. */
export function RegionList({ data, selected, onSelect }: { data: IndicatorYear; selected: string | null; onSelect: (code: string) => void }) {
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'value', descending: true });
  const { t, lang, label, unit, name, withUnit: formatWithUnit } = useI18n();
  const rows = useMemo(() => {
    const provinces = data.values.filter((v) => v.kind === 'province');
    const dir = sort.descending ? -1 : 1;
    return [...provinces].sort((a, b) =>
      sort.key === 'name'
        ? dir * name(a).localeCompare(name(b), lang === 'zh' ? 'zh-CN-u-co-pinyin' : 'en')
        : a.value === null
          ? 1
          : b.value === null
            ? -1
            : dir * (a.value - b.value),
    );
  }, [data, sort, name, lang]);
  const groups = data.values.filter((v) => v.kind !== 'province');
  const header = (key: SortKey, label: string) => (
    <th scope="col" aria-sort={sort.key === key ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
      <button type="button" onClick={() => setSort((s) => ({ key, descending: s.key === key ? !s.descending : key === 'value' }))}>
        {label}
        {sort.key === key ? (sort.descending ? ' ↓' : ' ↑') : ''}
      </button>
    </th>
  );
  return (
    <details className="region-list">
      <summary>{t('list.summary', { indicator: label(data.indicator), year: data.year })}</summary>
      <table>
        <caption className="visually-hidden">{t('list.caption', { indicator: label(data.indicator), year: data.year, unit: unit(data.indicator) })}</caption>
        <thead>
          <tr>
            {header('name', t('list.province'))}
            {header('value', t('list.value'))}
          </tr>
        </thead>
        <tbody>
          {rows.map((v) => (
            <tr key={v.code} aria-selected={selected === v.code}>
              <td>
                <button type="button" className="link-button" onClick={() => onSelect(v.code)}>
                  <PlaceName place={v} />
                </button>
              </td>
              <td className="num">
                {formatWithUnit(v.value, data.indicator)}
                {v.estimate ? '*' : ''}
              </td>
            </tr>
          ))}
        </tbody>
        <tbody className="groups">
          {groups.map((v) => (
            <tr key={v.code}>
              <td>
                {v.kind === 'group' ? (
                  <button type="button" className="link-button" onClick={() => onSelect(v.code)}>
                    <PlaceName place={v} />
                  </button>
                ) : (
                  <>
                    <PlaceName place={v} />
                  </>
                )}
              </td>
              <td className="num" title={v.computed?.method}>
                {formatWithUnit(v.value, data.indicator)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="note">{t('list.note')}</p>
    </details>
  );
}
