import type { ReactNode } from 'react';
import { PairGap } from './PairGap';

type Props = Record<string, unknown>;
interface Citation {
  publisher?: string;
  title?: string;
  url?: string;
}

/** The layer-specific part of the selection card: members, facts, notes and their sources. */
export function SelectionDetails({ layerId, properties: p, year }: { layerId: string; properties: Props; year: number }) {
  switch (layerId) {
    case 'city-clusters':
      return (
        <>
          <p>
            Plan: {String(p.plan_title)} {p.plan_title_zh ? `(${String(p.plan_title_zh)})` : ''}
            {p.plan_publisher ? `, ${String(p.plan_publisher)}` : ''}
          </p>
          <Section title="Member cities">
            <ul className="members">
              {(p.members as Array<{ name_en: string; name_zh: string; lnglat: unknown; partial?: boolean }>).map((m) => (
                <li key={`${m.name_zh}${m.name_en}`}>
                  {m.name_en} {m.name_zh}
                  {m.partial ? ' (part)' : ''}
                  {m.lnglat ? '' : ' · not placed on the map'}
                </li>
              ))}
            </ul>
          </Section>
          {p.member_note ? <p className="note">{String(p.member_note)}</p> : null}
          <p className="note">The outline is schematic: a buffer around the member cities, not a plan boundary.</p>
          <Sources urls={p.via as string[]} />
        </>
      );
    case 'rail-hubs':
      return (
        <>
          <Section title="Corridors">
            <ul>{(p.corridors as string[]).map((c) => <li key={c}>{c}</li>)}</ul>
          </Section>
          {p.note ? <p className="note">{String(p.note)}</p> : null}
          {p.location_precision === 'city' && <p className="note">Placed at its city’s GeoNames point: no source gave the station’s coordinates.</p>}
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
          <Section title="Published: share east of the line">
            <table className="mini-table">
              <thead>
                <tr><th>Period</th><th>Area</th><th>Population</th></tr>
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
          <Section title={`Computed from Hinterland’s data, ${split.year}`}>
            <p>
              East of the line: {split.population ? `${split.population.east_pct}% of people` : 'population incomplete'},{' '}
              {split.gdp ? `${split.gdp.east_pct}% of GDP` : 'GDP incomplete'}, {split.area.east_pct}% of the area.
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
  return (
    <Section title="Sources">
      <ul className="sources">
        {urls.filter(Boolean).map((u) => (
          <li key={u}>{u}</li>
        ))}
      </ul>
    </Section>
  );
}

function Citations({ citations }: { citations: Record<string, Citation> }) {
  return (
    <Section title="Sources">
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
