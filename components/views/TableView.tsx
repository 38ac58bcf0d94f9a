'use client';

/** The table view: every province and group, value at the start and end year, change and rank; sortable, filterable, downloadable as shown. */
import { useId, useMemo, useRef, useState } from 'react';
import { tableData, sortTableRows, type TableRow, type TableSortKey } from '@/lib/views/table-rows';
import { startYear } from '@/lib/views/view-defaults';
import { describeTable } from '@/lib/views/describe-view';
import { tableCsv } from '@/lib/views/view-csv';
import { panelYears, type PanelCell } from '@/lib/indicators/panel';
import { GROUP_FILTERS, type GroupFilter } from '@/lib/choropleth/filters';
import { GROUPS } from '@/lib/indicators/groups';
import { useI18n } from '@/components/i18n/use-i18n';
import { YearRange } from './YearRange';
import { YearNotes } from './YearNotes';
import { ViewFooter } from './ViewFooter';
import { SourceLinks } from './SourceLink';
import { useViewLinks } from './view-links';
import { useEarlyInput } from './use-early-input';
import type { ViewProps } from './view-props';

export default function TableView({ panel, catalogue, indicator, state, year, update, selected }: ViewProps) {
  const l10n = useI18n();
  const { t } = l10n;
  const links = useViewLinks();
  const descriptionId = useId();
  const [sort, setSort] = useState<{ key: TableSortKey; descending: boolean }>({ key: 'end', descending: true });
  const years = panelYears(panel, indicator.id).filter((y) => indicator.years_with_data.includes(y));
  const from = Math.min(startYear(state, years) ?? year, year);
  const data = useMemo(() => tableData(panel, indicator.id, catalogue.regions, from, year), [panel, indicator.id, catalogue.regions, from, year]);
  const group = state.group;
  const groupSelect = useRef<HTMLSelectElement>(null);
  const setGroup = (g: string) => update({ group: g as GroupFilter }, 'push');
  useEarlyInput(groupSelect, setGroup);
  const shown = useMemo(() => {
    const members = group === 'all' ? null : new Set(GROUPS.find((g) => g.id === group)!.members);
    const rows = data.rows.filter((r) => !members || r.region.kind !== 'province' || members.has(r.region.code));
    return sortTableRows(rows, sort.key, sort.descending, (r) => l10n.name(r), l10n.locale);
  }, [data.rows, group, sort, l10n]);
  const { startYear: s, endYear: e } = data;
  const pct = (v: number | null | undefined) =>
    v === null || v === undefined ? '–' : `${v > 0 ? '+' : ''}${v.toLocaleString(l10n.locale, { maximumFractionDigits: 1, minimumFractionDigits: 1 })}%`;
  const columns: Array<{ key: TableSortKey; label: string; title?: string }> = [
    { key: 'name', label: t('table.place') },
    { key: 'start', label: String(s ?? '–') },
    { key: 'end', label: String(e ?? '–') },
    { key: 'abs', label: t('table.abs') },
    { key: 'pct', label: t('table.pct') },
    { key: 'cagr', label: t('table.cagr'), title: t('table.cagrTitle') },
    { key: 'rankStart', label: t('table.rankIn', { year: s ?? '–' }) },
    { key: 'rankEnd', label: t('table.rankIn', { year: e ?? '–' }) },
    { key: 'rankChange', label: t('table.rankChange') },
  ];
  const cell = (c: PanelCell | null) =>
    c ? (
      <>
        {l10n.value(c.value, indicator)}
        {c.estimate && <abbr title={t('table.estimate')}>*</abbr>}
      </>
    ) : (
      <span className="gap">{t('table.gap')}</span>
    );
  const rankChange = (r: TableRow) => (r.rankChange === null ? '' : r.rankChange > 0 ? `▲ ${r.rankChange}` : r.rankChange < 0 ? `▼ ${-r.rankChange}` : '=');
  const sourceIds = shown.flatMap((r) => [...(r.start?.sources ?? []), ...(r.end?.sources ?? [])]);
  const title = t('table.caption', { indicator: l10n.label(indicator), from: s ?? '–', to: e ?? year });

  return (
    <section className="view table-view" aria-labelledby={`${descriptionId}-title`}>
      <header className="view-header">
        <h2 id={`${descriptionId}-title`}>{title}</h2>
        <p className="unit">{l10n.unit(indicator)}</p>
      </header>
      <div className="view-toolbar">
        <YearRange years={years} from={from} to={year} onFrom={(y) => update({ from: y }, 'push')} onTo={(y) => update({ year: y }, 'push')} />
        <label>
          {t('table.filter')}{' '}
          <select ref={groupSelect} value={group} autoComplete="off" onChange={(ev) => setGroup(ev.target.value)}>
            {GROUP_FILTERS.map((g) => (
              <option key={g} value={g}>
                {g === 'all' ? t('table.all') : l10n.name(GROUPS.find((x) => x.id === g)!)}
              </option>
            ))}
          </select>
        </label>
        <span className="muted">{t('table.rows', { count: shown.length })}</span>
      </div>
      {s === null && <p className="hint">{t('table.noStart', { year: e ?? year })}</p>}
      <YearNotes indicator={indicator} from={s ?? year} to={e ?? year} />
      <div className="table-scroll" tabIndex={0} aria-describedby={descriptionId} role="region" aria-label={title}>
        <table className="data-table">
          <thead>
            <tr>
              {columns.map((c) => {
                const active = sort.key === c.key;
                return (
                  <th key={c.key} scope="col" aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'} title={c.title}>
                    <button
                      type="button"
                      aria-label={t('table.sort', { column: c.title ?? c.label })}
                      onClick={() => setSort({ key: c.key, descending: active ? !sort.descending : c.key !== 'name' && !c.key.startsWith('rank') })}
                    >
                      {c.label}
                      <span aria-hidden="true">{active ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.region.code} className={[r.region.kind, r.region.code === selected ? 'selected' : ''].join(' ')}>
                <th scope="row">
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => links.selectPlace(r.region.code)}
                    aria-label={t('views.openPanel', { name: l10n.name(r.region) })}
                  >
                    {l10n.name(r.region)}
                  </button>
                </th>
                <td>{cell(r.start)}</td>
                <td>{cell(r.end)}</td>
                <td>{r.change ? l10n.value(r.change.abs, indicator) : '–'}</td>
                <td>{pct(r.change?.pct)}</td>
                <td>{pct(r.change?.cagr)}</td>
                <td>{r.rankStart ?? ''}</td>
                <td>{r.rankEnd ?? ''}</td>
                <td className={r.rankChange && r.rankChange > 0 ? 'up' : r.rankChange && r.rankChange < 0 ? 'down' : undefined}>{rankChange(r)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {shown.some((r) => r.start?.estimate || r.end?.estimate) && <p className="hint">{t('views.estimateNote')}</p>}
      <ViewFooter
        descriptionId={descriptionId}
        description={describeTable(l10n, indicator, data)}
        sources={<SourceLinks indicator={indicator.id} ids={sourceIds} citations={panel.citations} />}
        filename={`hinterland-table-${indicator.id}-${s ?? 'none'}-${e ?? year}`}
        csv={() => tableCsv(indicator, data, shown, panel.citations)}
      />
    </section>
  );
}
