'use client';

/**
 * "Are gaps closing?": every inequality measure of the URL's indicator between its `from` and
 * `year`, as GET /api/convergence computes them (this view only draws and words them). recharts
 * loads with this module only.
 */
import { useId, useState } from 'react';
import { useConvergence } from '../data/use-convergence';
import { measureKind } from '@/lib/inequality/applicability';
import { describeBeta, describeDispersion, describeRanks, describeTheil, estimatedYears, measure, type Grouping } from '@/lib/inequality/describe';
import { topMovers } from '@/lib/inequality/movers';
import { yearList } from '@/lib/inequality/year-list';
import { convergencePath } from '@/lib/inequality/range';
import type { ConvergenceResponse, CatalogueIndicator } from '@/lib/indicators/api-types';
import { provinceByCode } from '@/lib/regions/provinces';
import { useI18n } from '@/components/i18n/use-i18n';
import { InlineError } from '../controls/InlineError';
import DispersionChart from '../charts/inequality/DispersionChart';
import LorenzChart from '../charts/inequality/LorenzChart';
import TheilChart from '../charts/inequality/TheilChart';
import BetaChart from '../charts/inequality/BetaChart';
import RankBumpChart, { FALL_COLOR, RISE_COLOR } from '../charts/inequality/RankBumpChart';
import { YearRange } from './YearRange';
import { SourceLinks } from './SourceLink';
import { useViewLinks } from './view-links';
import type { GapsViewProps } from './view-props';

/** Per-capita and rate indicators to offer when the URL's indicator is a total. */
const SUGGESTED = ['gdp_per_capita', 'disposable_income', 'urbanization'];

export default function GapsView({ catalogue, indicator, state, year, update }: GapsViewProps) {
  const l10n = useI18n();
  const { t } = l10n;
  const id = useId();
  const total = measureKind(indicator) === 'total';
  const { data, range, error, retry } = useConvergence(total ? null : indicator.id, state.from, year);
  const label = l10n.label(indicator);
  const heading = data && range ? t('gaps.title', { indicator: label, from: range.from, to: range.to }) : t('gaps.titleNoRange', { indicator: label });

  let body: React.ReactNode;
  if (total) {
    const options = catalogue.indicators.filter((i) => SUGGESTED.includes(i.id));
    body = (
      <div className="empty-state">
        <p>{t('gaps.total', { indicator: label })}</p>
        <p className="gaps-suggestions">
          {options.map((i) => (
            <button key={i.id} type="button" onClick={() => update({ indicator: i.id, range: null }, 'push')}>
              {l10n.label(i)}
            </button>
          ))}
        </p>
      </div>
    );
  } else if (error?.status === 400 && !data) {
    body = (
      <div className="empty-state">
        <p>{t('gaps.tooFewYears', { indicator: label })}</p>
      </div>
    );
  } else if (error) {
    body = <InlineError what={t('gaps.what')} error={error} onRetry={retry} />;
  } else if (!data || !range) {
    body = (
      <p className="view-loading" role="status">
        {t('gaps.loading')}
      </p>
    );
  } else {
    body = <Measures data={data} indicator={indicator} adjusted={range.adjusted} update={update} idPrefix={id} />;
  }

  return (
    <section className="view gaps-view" aria-labelledby={`${id}-title`}>
      <header className="view-header">
        <h2 id={`${id}-title`}>{heading}</h2>
        <p className="unit">{t('gaps.subtitle')}</p>
      </header>
      {body}
    </section>
  );
}

function Measures({
  data,
  indicator,
  adjusted,
  update,
  idPrefix,
}: {
  data: ConvergenceResponse;
  indicator: CatalogueIndicator;
  adjusted: boolean;
  update: GapsViewProps['update'];
  idPrefix: string;
}) {
  const l10n = useI18n();
  const { t } = l10n;
  const links = useViewLinks();
  const [grouping, setGrouping] = useState<Grouping>('regions');
  const label = l10n.label(indicator);
  const { from, to } = data;
  const estimated = estimatedYears(data);
  const beta = describeBeta(l10n, data);
  const movers = topMovers(data.rank_mobility.provinces);
  const nameOf = (code: string) => {
    const p = provinceByCode(code);
    return p ? l10n.name(p) : code;
  };
  const groupsLabel = t(grouping === 'regions' ? 'gaps.regions' : 'gaps.coastal');
  const sectionId = (s: string) => `${idPrefix}-${s}`;

  return (
    <>
      <div className="view-toolbar">
        <YearRange years={data.complete_years} from={from} to={to} onFrom={(y) => update({ from: y }, 'push')} onTo={(y) => update({ year: y }, 'push')} />
        <a className="button-link" href={convergencePath(data.indicator, { from, to }, 'csv')} download>
          {t('gaps.csv')}
        </a>
      </div>
      {adjusted && <p className="hint">{t('gaps.adjusted', { from, to })}</p>}
      {data.excluded_years.length > 0 && <p className="hint">{t('gaps.excluded', { years: yearList(data.excluded_years.map((e) => e.year)) })}</p>}
      {estimated && <p className="hint">{t('gaps.estimates', { years: estimated })}</p>}

      <div className="gaps-grid">
        <section aria-labelledby={sectionId('dispersion')}>
          <h3 id={sectionId('dispersion')}>{t('gaps.dispersion')}</h3>
          <p className="gaps-text" data-measure="dispersion">
            {describeDispersion(l10n, indicator, data)}
          </p>
          <DispersionChart years={data.years} label={t('gaps.dispersionFigure', { indicator: label, from, to })} />
        </section>

        <section aria-labelledby={sectionId('lorenz')}>
          <h3 id={sectionId('lorenz')}>{t('gaps.lorenz', { year: data.lorenz.year })}</h3>
          <p className="gaps-text">{t('gaps.lorenzText', { gini: measure(l10n, data.years.at(-1)!.gini) })}</p>
          <LorenzChart points={data.lorenz.points} label={t('gaps.lorenzFigure', { indicator: label, year: data.lorenz.year })} />
        </section>

        <section aria-labelledby={sectionId('theil')}>
          <h3 id={sectionId('theil')}>{t('gaps.theil')}</h3>
          <fieldset className="segmented">
            <legend>{t('gaps.groupsLabel')}</legend>
            {(['regions', 'coastal'] as const).map((g) => (
              <label key={g}>
                <input type="radio" name={sectionId('grouping')} checked={grouping === g} onChange={() => setGrouping(g)} />
                {t(g === 'regions' ? 'gaps.regionsOption' : 'gaps.coastalOption')}
              </label>
            ))}
          </fieldset>
          <p className="gaps-text" data-measure="theil">
            {describeTheil(l10n, data, grouping)}
          </p>
          <TheilChart years={data.years} grouping={grouping} label={t('gaps.theilFigure', { indicator: label, groups: groupsLabel, from, to })} />
        </section>

        <section aria-labelledby={sectionId('beta')}>
          <h3 id={sectionId('beta')}>{t('gaps.beta')}</h3>
          {beta && (
            <p className="gaps-text" data-measure="beta">
              {beta}
            </p>
          )}
          {data.beta && <BetaChart beta={data.beta} from={from} indicator={indicator} label={t('gaps.betaFigure', { from, to })} />}
        </section>

        <section className="gaps-wide" aria-labelledby={sectionId('rank')}>
          <h3 id={sectionId('rank')}>{t('gaps.rank')}</h3>
          <p className="gaps-text" data-measure="rank">
            {describeRanks(l10n, data)}
          </p>
          <div className="gaps-bump">
            <RankBumpChart
              years={data.years.map((y) => y.year)}
              provinces={data.rank_mobility.provinces}
              risers={new Set(movers.risers.map((m) => m.code))}
              fallers={new Set(movers.fallers.map((m) => m.code))}
              label={t('gaps.rankFigure', { from, to })}
            />
            <table className="data-table gaps-movers">
              <caption className="visually-hidden">{t('gaps.rank')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('gaps.place')}</th>
                  <th scope="col">{t('gaps.rankIn', { year: from })}</th>
                  <th scope="col">{t('gaps.rankIn', { year: to })}</th>
                  <th scope="col">{t('gaps.change')}</th>
                </tr>
              </thead>
              {(
                [
                  ['risers', movers.risers, RISE_COLOR],
                  ['fallers', movers.fallers, FALL_COLOR],
                ] as const
              ).map(([kind, rows, color]) =>
                rows.length ? (
                  <tbody key={kind}>
                    <tr>
                      <th scope="rowgroup" colSpan={4} style={{ color }}>
                        {t(kind === 'risers' ? 'gaps.risers' : 'gaps.fallers')}
                      </th>
                    </tr>
                    {rows.map((m) => (
                      <tr key={m.code}>
                        <th scope="row">
                          <button type="button" className="link-button" onClick={() => links.selectPlace(m.code)}>
                            {nameOf(m.code)}
                          </button>
                        </th>
                        <td>{m.rank_from}</td>
                        <td>{m.rank_to}</td>
                        <td className={m.change > 0 ? 'up' : 'down'}>{m.change > 0 ? `▲ ${m.change}` : `▼ ${-m.change}`}</td>
                      </tr>
                    ))}
                  </tbody>
                ) : null,
              )}
            </table>
          </div>
        </section>
      </div>

      <details className="gaps-method">
        <summary>{t('gaps.method')}</summary>
        <p lang="en">{data.method}</p>
      </details>
      <footer className="view-footer">
        <SourceLinks indicator={indicator.id} ids={data.source_ids.values} citations={data.sources} />
        <div className="gaps-weights">
          <span>{t('gaps.weightsSources')}</span>
          <SourceLinks indicator={data.weights.indicator} ids={data.source_ids.weights} citations={data.sources} />
        </div>
      </footer>
    </>
  );
}
