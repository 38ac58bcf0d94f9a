'use client';

import { useMemo, useState } from 'react';
import type { IndicatorYear } from '@/lib/indicators/api-types';
import { formatWithUnit } from '@/lib/indicators/format';

type SortKey = 'name' | 'value';

/** The accessible way to the map's data: every province and group with its value, sortable; choosing one selects it. */
export function RegionList({ data, selected, onSelect }: { data: IndicatorYear; selected: string | null; onSelect: (code: string) => void }) {
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'value', descending: true });
  const rows = useMemo(() => {
    const provinces = data.values.filter((v) => v.kind === 'province');
    const dir = sort.descending ? -1 : 1;
    return [...provinces].sort((a, b) =>
      sort.key === 'name' ? dir * a.name_en.localeCompare(b.name_en) : a.value === null ? 1 : b.value === null ? -1 : dir * (a.value - b.value),
    );
  }, [data, sort]);
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
      <summary>
        All provinces: {data.indicator.label_en}, {data.year}
      </summary>
      <table>
        <caption className="visually-hidden">
          {data.indicator.label_en} by province, {data.year}, {data.indicator.unit_en}
        </caption>
        <thead>
          <tr>
            {header('name', 'Province')}
            {header('value', 'Value')}
          </tr>
        </thead>
        <tbody>
          {rows.map((v) => (
            <tr key={v.code} aria-selected={selected === v.code}>
              <td>
                <button type="button" className="link" onClick={() => onSelect(v.code)}>
                  {v.name_en} <span lang="zh-Hans">{v.name_zh}</span>
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
                  <button type="button" className="link" onClick={() => onSelect(v.code)}>
                    {v.name_en} <span lang="zh-Hans">{v.name_zh}</span>
                  </button>
                ) : (
                  <>
                    {v.name_en} <span lang="zh-Hans">{v.name_zh}</span>
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
      <p className="note">* estimate (GDP ÷ population). Group values are computed from their members; China is the published national figure.</p>
    </details>
  );
}
