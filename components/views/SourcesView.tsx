'use client';

/** The sources view: for every indicator its definition, unit, method, coverage and vintage, and readable citations; "Cite this view". */
import { useEffect, useId, useState, useSyncExternalStore } from 'react';
import type { CatalogueIndicator } from '@/lib/indicators/api-types';
import type { Citation } from '@/lib/indicators/schema';
import { citationLabel } from '@/lib/indicators/citation-label';
import { useI18n } from '@/components/i18n/use-i18n';
import type { ViewProps } from './view-props';
import { YearNotes } from './YearNotes';
import { citationAnchor } from './view-links';

const noSubscription = () => () => {};
let lastPage: { url: string; title: string; date: string } | null = null;
/** The address, title and date now, the same object while they are unchanged (as useSyncExternalStore needs). */
function readPage() {
  const page = { url: window.location.href, title: document.title.replace(/ · Hinterland$/, ''), date: new Date().toISOString().slice(0, 10) };
  if (!lastPage || lastPage.url !== page.url || lastPage.title !== page.title || lastPage.date !== page.date) lastPage = page;
  return lastPage;
}

export default function SourcesView({ catalogue, panel, indicator }: ViewProps) {
  const l10n = useI18n();
  const { t } = l10n;
  const descriptionId = useId();
  const [message, setMessage] = useState<string | null>(null);
  const ordered = [indicator, ...catalogue.indicators.filter((i) => i.id !== indicator.id)];
  const citations = panel.citations;

  // The citation names the link and date as the reader sees them: the page's address is known only in the browser.
  const page = useSyncExternalStore(noSubscription, readPage, () => null);
  const sources = [...new Set(indicator.sources.map((id) => citations[id]?.publisher).filter(Boolean))].join('; ');
  const citeText = page ? t('sources.citeText', { title: page.title, date: page.date, url: page.url, sources }) : '';

  // Arriving from a "Source:" link: show that citation.
  useEffect(() => {
    const target = window.location.hash.slice(1);
    if (target) document.getElementById(target)?.scrollIntoView({ block: 'center' });
  }, []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(citeText);
      setMessage(t('sources.copied'));
    } catch {
      setMessage(null);
    }
  };

  return (
    <section className="view sources-view" aria-labelledby={`${descriptionId}-title`} aria-describedby={descriptionId}>
      <header className="view-header">
        <h2 id={`${descriptionId}-title`}>{t('sources.title')}</h2>
        <p id={descriptionId} className="view-description">
          {t('describe.sources', { count: catalogue.indicators.length, citations: Object.keys(citations).length })}
        </p>
      </header>
      <div className="cite-view">
        <h3>{t('sources.cite')}</h3>
        <p className="cite-text">{citeText}</p>
        <button type="button" onClick={copy}>
          {t('sources.copy')}
        </button>
        <span role="status" className="share-status">
          {message}
        </span>
      </div>
      {ordered.map((i) => (
        <IndicatorSources key={i.id} indicator={i} citations={citations} open={i.id === indicator.id} />
      ))}
    </section>
  );
}

function IndicatorSources({ indicator: i, citations, open }: { indicator: CatalogueIndicator; citations: Record<string, Citation>; open: boolean }) {
  const l10n = useI18n();
  const { t } = l10n;
  const [from, to] = i.coverage_years ?? i.years;
  return (
    <details className="indicator-sources" open={open} id={`sources-${i.id}`}>
      <summary>
        <h3>{l10n.label(i)}</h3>
      </summary>
      <dl>
        <dt>{t('sources.definition')}</dt>
        <dd>{i.description}</dd>
        <dt>{t('sources.unit')}</dt>
        <dd>{l10n.unit(i)}</dd>
        <dt>{t('sources.years')}</dt>
        <dd>
          {i.years_with_data[0]}–{i.years_with_data.at(-1)}
          {i.census_years ? ` (${t('sources.censusYears', { years: i.census_years.join(', ') })})` : ''}
        </dd>
        <dt>{t('sources.coverage')}</dt>
        <dd>
          {t('sources.coverageText', {
            percent: i.coverage.percent,
            values: i.coverage.province_values,
            estimates: i.coverage.province_estimates,
            expected: i.coverage.province_years_expected,
          })}{' '}
          ({from}–{to})
        </dd>
        {i.group_method && (
          <>
            <dt>{t('sources.groups')}</dt>
            <dd>{i.group_method}</dd>
          </>
        )}
        {i.estimate_missing && (
          <>
            <dt>{t('sources.estimates')}</dt>
            <dd>{i.estimate_missing.method}</dd>
          </>
        )}
        {i.modeled && (
          <>
            <dt>{t('sources.modeled')}</dt>
            <dd>{i.modeled}</dd>
          </>
        )}
        <dt>{t('sources.vintage')}</dt>
        <dd>
          {t('sources.vintageText')}
          <YearNotes indicator={i} from={-Infinity} to={Infinity} />
        </dd>
      </dl>
      <h4>{t('sources.citations')}</h4>
      <ol className="citations">
        {i.sources.map((id) => {
          const c = citations[id];
          if (!c) return null;
          return (
            <li key={id} id={citationAnchor(i.id, id)}>
              <strong>{citationLabel(c, l10n.lang)}</strong>
              <br />
              {[c.publisher, c.title, c.table && t('sources.table', { table: c.table }), c.edition].filter(Boolean).join(' · ')}
              {c.url && (
                <>
                  {' · '}
                  <a href={c.url} rel="noreferrer noopener" target="_blank">
                    {c.url}
                  </a>
                </>
              )}
              {c.via && <> · {t('sources.readVia', { via: c.via })}</>}
              <br />
              <span className="muted">{t('sources.licence', { licence: c.licence })}</span>
            </li>
          );
        })}
      </ol>
    </details>
  );
}
