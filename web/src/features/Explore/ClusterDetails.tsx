import { EntityLink } from '../../components/EntityLink';
import { AGREEMENT_KIND_LABELS } from '../../graph/path';
import { graphql } from '../../gql';
import type { ClusterDetails_ClusterFragment } from '../../gql/graphql';
import { CitationList } from './CitationList';
import { IsolatedList } from '../../components/IsolatedList';

export const ClusterDetailsFragment = graphql(`
  fragment ClusterDetails_cluster on Cluster {
    id
    name
    acronym
    aliases
    clusterKind
    description
    website
    country {
      id
      code
      name
    }
    region {
      id
      name
    }
    sectors {
      id
      name
    }
    agreements {
      id
      name
      agreementKind
      status
      signedOn
      endsOn
      parties {
        id
        name
      }
      citations {
        ...CitationList_citation
      }
    }
    missions {
      id
      name
      status
      startsOn
      endsOn
      organisers {
        id
        name
      }
      participants {
        id
        name
      }
      met {
        id
        name
      }
      citations {
        ...CitationList_citation
      }
    }
    partnerships {
      id
      name
      acronym
      programme
      members {
        id
        name
      }
      citations {
        ...CitationList_citation
      }
    }
    citations {
      ...CitationList_citation
    }
  }
`);

type Named = { id: string; name: string };

export function humanise(value: string): string {
  const s = value.toLowerCase().replace(/_/g, ' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function Links({
  items,
  except,
  onSelect,
}: {
  items: readonly Named[];
  except?: string;
  onSelect: (id: string) => void;
}) {
  const shown = items.filter((i) => i.id !== except);
  if (!shown.length) return <span className="muted">—</span>;
  return (
    <>
      {shown.map((p, i) => (
        <span key={p.id}>
          {i > 0 && ', '}
          <EntityLink id={p.id} name={p.name} onSelect={onSelect} />
        </span>
      ))}
    </>
  );
}

function dates(from?: string | null, to?: string | null): string {
  if (from && to) return `${from} – ${to}`;
  return from ?? (to ? `until ${to}` : 'undated');
}

export function ClusterDetails({
  cluster,
  onSelect,
}: {
  cluster: ClusterDetails_ClusterFragment;
  onSelect: (id: string) => void;
}) {
  const c = cluster;
  return (
    <article className="details" aria-labelledby="details-title">
      <header>
        <h2 id="details-title">
          {/* bdi: a right-to-left override in a name reorders the name only, not the acronym after it. */}
          <bdi>{c.name}</bdi>
          {c.acronym && c.acronym !== c.name && (
            <span className="muted">
              {' '}
              (<bdi>{c.acronym}</bdi>)
            </span>
          )}
        </h2>
        <p className="meta">
          {humanise(c.clusterKind)}
          {c.country && (
            <>
              {' · '}
              <EntityLink id={c.country.id} name={c.country.name} onSelect={onSelect} />
            </>
          )}
          {c.region && (
            <>
              {' · '}
              <EntityLink id={c.region.id} name={c.region.name} onSelect={onSelect} />
            </>
          )}
        </p>
        {c.aliases.length > 0 && (
          <p className="muted">
            Also known as <IsolatedList items={c.aliases} />
          </p>
        )}
        {c.description && <p>{c.description}</p>}
        {c.sectors.length > 0 && (
          <p>
            <strong>Sectors: </strong>
            <Links items={c.sectors} onSelect={onSelect} />
          </p>
        )}
      </header>

      <section aria-label="Agreements" data-testid="details-agreements">
        <h3>Agreements ({c.agreements.length})</h3>
        {c.agreements.map((a) => (
          <div key={a.id} className="fact">
            <p>
              <EntityLink id={a.id} name={a.name} onSelect={onSelect} />
              <span className="muted">
                {' '}
                · {AGREEMENT_KIND_LABELS[a.agreementKind] ?? humanise(a.agreementKind)} · {humanise(a.status)} ·{' '}
                {dates(a.signedOn, a.endsOn)}
              </span>
            </p>
            <p>
              With <Links items={a.parties} except={c.id} onSelect={onSelect} />
            </p>
            <CitationList citations={a.citations} />
          </div>
        ))}
      </section>

      <section aria-label="Missions">
        <h3>Missions ({c.missions.length})</h3>
        {c.missions.map((m) => (
          <div key={m.id} className="fact">
            <p>
              <EntityLink id={m.id} name={m.name} onSelect={onSelect} />
              <span className="muted">
                {' '}
                · {humanise(m.status)} · {dates(m.startsOn, m.endsOn)}
              </span>
            </p>
            <p>
              Organised by <Links items={m.organisers} onSelect={onSelect} />; with{' '}
              <Links items={[...m.participants, ...m.met]} except={c.id} onSelect={onSelect} />
            </p>
            <CitationList citations={m.citations} />
          </div>
        ))}
      </section>

      <section aria-label="Partnerships">
        <h3>Partnerships ({c.partnerships.length})</h3>
        {c.partnerships.map((p) => (
          <div key={p.id} className="fact">
            <p>
              <EntityLink id={p.id} name={p.acronym ? `${p.acronym} — ${p.name}` : p.name} onSelect={onSelect} />
              {p.programme && <span className="muted"> · {p.programme}</span>}
            </p>
            <p>
              Members: <Links items={p.members} except={c.id} onSelect={onSelect} />
            </p>
            <CitationList citations={p.citations} />
          </div>
        ))}
      </section>

      <section aria-label="Sources about this cluster">
        <h3>Sources</h3>
        <CitationList citations={c.citations} />
      </section>
    </article>
  );
}
