import type { ReactNode } from 'react';
import useSWR from 'swr';
import type { FeatureCollection } from 'geojson';
import { fetchJson } from '@/lib/http/fetch-json';
import { layerApiPath } from '@/lib/layers/registry';
import { PairGap } from './PairGap';
import { citationLabel } from '@/lib/indicators/citation-label';
import { useI18n } from '@/components/i18n/use-i18n';
import type { LayerProperties } from '@/lib/layers/feature-schemas';
import type { LayerId } from '@/lib/layers/registry';
import type { FeatureProperties } from '@/lib/layers/types';

/** Citations by id, as the layers with per-feature sources carry them. */
type CitationMap = LayerProperties['focus-cities']['sources'];

type DetailsProps<Id extends LayerId> = { properties: LayerProperties[Id]; year: number };

/** The layer-specific part of the selection card: members, facts, notes and their sources. */
export function SelectionDetails({ layerId, properties, year }: { layerId: LayerId; properties: FeatureProperties; year: number }) {
  // The union of renderers cannot be called with one layer's properties without naming the layer; the server
  // checked `properties` against `layerId`'s schema before sending them.
  const Details = DETAILS[layerId] as (props: DetailsProps<LayerId>) => ReactNode;
  return <Details properties={properties as LayerProperties[LayerId]} year={year} />;
}

/** One renderer per layer: a layer added to the registry without one fails the type check. */
const DETAILS: { [Id in LayerId]: (props: DetailsProps<Id>) => ReactNode } = {
  provinces: () => null,
  nightlights: () => null,
  'city-clusters': CityClusterDetails,
  'rail-hubs': RailHubDetails,
  'collaboration-pairs': CollaborationPairDetails,
  'focus-cities': FocusCityDetails,
  'hu-line': HuLineDetails,
};

function CityClusterDetails({ properties: p }: DetailsProps<'city-clusters'>) {
  const { t, lang, fullName } = useI18n();
  return (
    <>
      <p>
        {t('details.plan')}: {lang === 'zh' && p.plan_title_zh ? p.plan_title_zh : `${p.plan_title}${p.plan_title_zh ? ` (${p.plan_title_zh})` : ''}`}
        {p.plan_publisher ? `, ${p.plan_publisher}` : ''}
      </p>
      <Section title={t('details.members')}>
        <ul className="members">
          {p.members.map((m) => (
            <li key={`${m.name_zh}${m.name_en}`}>
              {fullName(m)}
              {m.partial ? ` ${t('details.part')}` : ''}
              {m.lnglat ? '' : ` · ${t('details.notPlaced')}`}
            </li>
          ))}
        </ul>
      </Section>
      {p.member_note ? <p className="note">{p.member_note}</p> : null}
      <p className="note">{t('details.schematic')}</p>
      <Sources urls={p.via} />
    </>
  );
}

function RailHubDetails({ properties: p, year }: DetailsProps<'rail-hubs'>) {
  const { t } = useI18n();
  return (
    <>
      <Section title={t('details.corridors')}>
        <ul>
          {p.corridors.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      </Section>
      {p.note ? <p className="note">{p.note}</p> : null}
      {p.location_precision === 'city' && <p className="note">{t('details.placedAtCity')}</p>}
      <HubsByYear current={p.id} year={year} />
      <Sources urls={[p.source_url]} />
    </>
  );
}

/** Every hub in the layer by opening year, the ones not yet open at the timeline's year marked; the open one in bold. */
function HubsByYear({ current, year }: { current: string; year: number }) {
  const { t, name } = useI18n();
  const { data, error } = useSWR<FeatureCollection>(layerApiPath('rail-hubs'), fetchJson, { revalidateOnFocus: false });
  if (error) return <p className="note">{t('details.hubsUnavailable')}</p>;
  if (!data) return null;
  const hubs = data.features.map((f) => f.properties as LayerProperties['rail-hubs']);
  const byYear = new Map<number | null, typeof hubs>();
  for (const h of [...hubs].sort((a, b) => (a.opened ?? 9999) - (b.opened ?? 9999) || a.name_en.localeCompare(b.name_en))) {
    byYear.set(h.opened, [...(byYear.get(h.opened) ?? []), h]);
  }
  return (
    <Section title={t('details.hubsByYear')}>
      <dl className="hubs-by-year">
        {[...byYear].map(([opened, list]) => (
          <div key={opened ?? 'unknown'} className={opened !== null && opened > year ? 'later' : undefined}>
            <dt>{opened ?? t('details.openedUnknown')}</dt>
            <dd>
              {list.map((h, i) => (
                <span key={h.id}>
                  {i > 0 ? ', ' : ''}
                  {h.id === current ? <strong>{name(h)}</strong> : name(h)}
                </span>
              ))}
            </dd>
          </div>
        ))}
      </dl>
    </Section>
  );
}

function CollaborationPairDetails({ properties: p, year }: DetailsProps<'collaboration-pairs'>) {
  return (
    <>
      <p>{p.programme}</p>
      <p className="note">{p.note}</p>
      <PairGap east={p.east_code} west={p.west_code} year={year} />
      <Citations citations={p.sources} />
    </>
  );
}

function FocusCityDetails({ properties: p }: DetailsProps<'focus-cities'>) {
  return (
    <>
      <ul className="facts">
        {p.facts.map((f) => (
          <li key={f.text}>
            {f.text} <span className="cite">[{f.source}]</span>
          </li>
        ))}
      </ul>
      <Citations citations={p.sources} />
    </>
  );
}

function HuLineDetails({ properties: { published_shares: shares, split, sources } }: DetailsProps<'hu-line'>) {
  const { t } = useI18n();
  return (
    <>
      <Section title={t('details.published')}>
        <table className="mini-table">
          <thead>
            <tr>
              <th>{t('details.period')}</th>
              <th>{t('details.area')}</th>
              <th>{t('details.population')}</th>
            </tr>
          </thead>
          <tbody>
            {shares.map((s) => (
              <tr key={s.period}>
                <td>{s.period}</td>
                <td>{s.east_area_pct === null ? '—' : `${s.east_area_pct}%`}</td>
                <td>
                  {s.east_population_pct}% <span className="cite">[{s.source}]</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
      <Section title={t('details.computed', { year: split.year })}>
        <p>
          {t('details.eastOf', {
            population: split.population ? t('details.peoplePct', { pct: split.population.east_pct }) : t('details.populationIncomplete'),
            gdp: split.gdp ? t('details.gdpPct', { pct: split.gdp.east_pct }) : t('details.gdpIncomplete'),
            area: split.area.east_pct,
          })}
        </p>
        <p className="note">{split.method}</p>
      </Section>
      <Citations citations={sources} />
    </>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section>
      <h3>{title}</h3>
      {children}
    </section>
  );
}

function Sources({ urls }: { urls: string[] }) {
  const { t } = useI18n();
  return (
    <Section title={t('common.sources')}>
      <ul className="sources">
        {urls.filter(Boolean).map((u) => (
          <li key={u}>{u}</li>
        ))}
      </ul>
    </Section>
  );
}

function Citations({ citations }: { citations: CitationMap }) {
  const { t, lang } = useI18n();
  return (
    <Section title={t('common.sources')}>
      <ul className="sources">
        {Object.entries(citations).map(([id, c]) => (
          <li key={id}>
            <strong>{citationLabel(c, lang)}</strong> — {c.publisher}: {c.title}{' '}
            {typeof c.url === 'string' && c.url ? <span className="url">{c.url}</span> : null}
          </li>
        ))}
      </ul>
    </Section>
  );
}
