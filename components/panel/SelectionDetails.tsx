import type { ReactNode } from 'react';
import { PairGap } from './PairGap';
import { useI18n } from '@/components/i18n/use-i18n';

type Props = Record<string, unknown>;
interface Citation {
  publisher?: string;
  title?: string;
  url?: string;
}

/** The layer-specific part of the selection card: members, facts, notes and their sources. */
export function SelectionDetails({ layerId, properties: p, year }: { layerId: string; properties: Props; year: number }) {
  const { t, lang, fullName } = useI18n();
  const zh = lang === 'zh';
  switch (layerId) {
    case 'city-clusters':
      return (
        <>
          <p>
            {t('details.plan')}: {zh && p.plan_title_zh ? String(p.plan_title_zh) : `${String(p.plan_title)}${p.plan_title_zh ? ` (${String(p.plan_title_zh)})` : ''}`}
            {p.plan_publisher ? `, ${String(p.plan_publisher)}` : ''}
          </p>
          <Section title={t('details.members')}>
            <ul className="members">
              {(p.members as Array<{ name_en: string; name_zh: string; lnglat: unknown; partial?: boolean }>).map((m) => (
                <li key={`${m.name_zh}${m.name_en}`}>
                  {fullName(m)}
                  {m.partial ? ` ${t('details.part')}` : ''}
                  {m.lnglat ? '' : ` · ${t('details.notPlaced')}`}
                </li>
              ))}
            </ul>
          </Section>
          {p.member_note ? <p className="note">{String(p.member_note)}</p> : null}
          <p className="note">{t('details.schematic')}</p>
          <Sources urls={p.via as string[]} />
        </>
      );
    case 'rail-hubs':
      return (
        <>
          <Section title={t('details.corridors')}>
            <ul>{(p.corridors as string[]).map((c) => <li key={c}>{c}</li>)}</ul>
          </Section>
          {p.note ? <p className="note">{String(p.note)}</p> : null}
          {p.location_precision === 'city' && <p className="note">{t('details.placedAtCity')}</p>}
          <Sources urls={[String(p.source_url)]} />
        </>
      );
    case 'collaboration-pairs':
      return (
        <>
          <p>{String(p.programme)}</p>
          <p className="note">{String(p.note)}</p>
          <PairGap east={String(p.east_code)} west={String(p.west_code)} year={year} />
          <Citations citations={p.sources as Record<string, Citation>} />
        </>
      );
    case 'focus-cities':
      return (
        <>
          <ul className="facts">
            {(p.facts as Array<{ text: string; source: string }>).map((f) => (
              <li key={f.text}>
                {f.text} <span className="cite">[{f.source}]</span>
              </li>
            ))}
          </ul>
          <Citations citations={p.sources as Record<string, Citation>} />
        </>
      );
    case 'hu-line': {
      const shares = p.published_shares as Array<{ period: string; east_area_pct: number | null; east_population_pct: number; source: string }>;
      const split = p.split as { year: number; population: { east_pct: number } | null; gdp: { east_pct: number } | null; area: { east_pct: number }; method: string };
      return (
        <>
          <Section title={t('details.published')}>
            <table className="mini-table">
              <thead>
                <tr><th>{t('details.period')}</th><th>{t('details.area')}</th><th>{t('details.population')}</th></tr>
              </thead>
              <tbody>
                {shares.map((s) => (
                  <tr key={s.period}>
                    <td>{s.period}</td>
                    <td>{s.east_area_pct === null ? '—' : `${s.east_area_pct}%`}</td>
                    <td>{s.east_population_pct}% <span className="cite">[{s.source}]</span></td>
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
          <Citations citations={p.sources as Record<string, Citation>} />
        </>
      );
    }
    default:
      return null;
  }
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

function Citations({ citations }: { citations: Record<string, Citation> }) {
  const { t } = useI18n();
  return (
    <Section title={t('common.sources')}>
      <ul className="sources">
        {Object.entries(citations ?? {}).map(([id, c]) => (
          <li key={id}>
            <span className="cite">[{id}]</span> {c.publisher}: {c.title} {c.url ? <span className="url">{c.url}</span> : null}
          </li>
        ))}
      </ul>
    </Section>
  );
}
