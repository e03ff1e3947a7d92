import { AGREEMENT_KIND_LABELS } from '../../graph/path';
import { graphql } from '../../gql';
import type { EntityDetails_EntityFragment } from '../../gql/graphql';
import { CitationList } from './CitationList';
import { Links, humanise } from './ClusterDetails';

export const EntityDetailsFragment = graphql(`
  fragment EntityDetails_entity on Entity {
    __typename
    id
    name
    entityKind
    citations {
      ...CitationList_citation
    }
    ... on Agreement {
      agreementKind
      status
      signedOn
      endsOn
      summary
      parties {
        id
        name
      }
      updates {
        id
        name
        signedOn
      }
      updatedBy {
        id
        name
        signedOn
      }
    }
    ... on Mission {
      missionStatus: status
      startsOn
      endsOn
      summary
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
      events {
        id
        name
      }
    }
    ... on Event {
      eventKind
      startsOn
      endsOn
      region {
        id
        name
      }
      organisers {
        id
        name
      }
      missions {
        id
        name
      }
    }
    ... on Partnership {
      acronym
      programme
      members {
        id
        name
      }
    }
    ... on Country {
      code
      eu
      countryClusters: clusters {
        id
        name
      }
    }
    ... on Region {
      regionCountry: country {
        id
        name
      }
      regionClusters: clusters {
        id
        name
      }
    }
    ... on Sector {
      parent {
        id
        name
      }
      sectorClusters: clusters {
        id
        name
      }
    }
  }
`);

/** Agreements, missions, partnerships, places and sectors: what a link in a cluster's details opens. */
export function EntityDetails({
  entity,
  onSelect,
  nested = false,
}: {
  entity: EntityDetails_EntityFragment;
  onSelect: (id: string) => void;
  /** Inside another panel (a tie's): a lower heading, and an id of its own. */
  nested?: boolean;
}) {
  const e = entity;
  const Heading = nested ? 'h3' : 'h2';
  const titleId = nested ? `details-title-${e.id}` : 'details-title';
  return (
    <article className="details" aria-labelledby={titleId} data-testid="entity-details">
      <header>
        <Heading id={titleId}>{e.name}</Heading>
        <p className="meta">{humanise(e.entityKind)}</p>
      </header>
      {e.__typename === 'Agreement' && (
        <>
          <p className="meta">
            {AGREEMENT_KIND_LABELS[e.agreementKind] ?? humanise(e.agreementKind)} · {humanise(e.status)}
            {e.signedOn && ` · signed ${e.signedOn}`}
            {e.updatedBy.map((u) => u.signedOn && ` · updated ${u.signedOn}`)}
            {e.endsOn && ` · ends ${e.endsOn}`}
          </p>
          {e.summary && <p>{e.summary}</p>}
          <p>
            <strong>Parties: </strong>
            <Links items={e.parties} onSelect={onSelect} />
          </p>
          {e.updates && (
            <p data-testid="agreement-updates">
              <strong>Updates: </strong>
              <Links items={[e.updates]} onSelect={onSelect} />
              {e.updates.signedOn && ` (signed ${e.updates.signedOn})`}
            </p>
          )}
          {e.updatedBy.length > 0 && (
            <p data-testid="agreement-updated-by">
              <strong>Updated by: </strong>
              <Links items={e.updatedBy} onSelect={onSelect} />
            </p>
          )}
        </>
      )}
      {e.__typename === 'Mission' && (
        <>
          <p className="meta">
            {humanise(e.missionStatus)} · {e.startsOn ?? 'undated'}
            {e.endsOn && ` – ${e.endsOn}`}
          </p>
          {e.summary && <p>{e.summary}</p>}
          <p>
            <strong>Organisers: </strong>
            <Links items={e.organisers} onSelect={onSelect} />
          </p>
          <p>
            <strong>Participants and hosts: </strong>
            <Links items={[...e.participants, ...e.met]} onSelect={onSelect} />
          </p>
          {e.events.length > 0 && (
            <p>
              <strong>At: </strong>
              <Links items={e.events} onSelect={onSelect} />
            </p>
          )}
        </>
      )}
      {e.__typename === 'Event' && (
        <>
          <p className="meta">
            {e.eventKind ?? 'Event'} · {e.startsOn ?? 'undated'}
            {e.endsOn && ` – ${e.endsOn}`}
            {e.region && ` · ${e.region.name}`}
          </p>
          <p data-testid="event-organisers">
            <strong>Organised by: </strong>
            {e.organisers.length ? <Links items={e.organisers} onSelect={onSelect} /> : 'the sources name no organiser'}
          </p>
          <p>
            <strong>Missions to it: </strong>
            <Links items={e.missions} onSelect={onSelect} />
          </p>
        </>
      )}
      {e.__typename === 'Partnership' && (
        <>
          {e.programme && <p className="meta">{e.programme}</p>}
          <p>
            <strong>Members: </strong>
            <Links items={e.members} onSelect={onSelect} />
          </p>
        </>
      )}
      {e.__typename === 'Country' && (
        <p>
          <strong>{e.eu ? 'EU member' : 'Outside the EU'} · clusters: </strong>
          <Links items={e.countryClusters} onSelect={onSelect} />
        </p>
      )}
      {e.__typename === 'Region' && (
        <p>
          <EntityLink2 id={e.regionCountry.id} name={e.regionCountry.name} onSelect={onSelect} /> · clusters:{' '}
          <Links items={e.regionClusters} onSelect={onSelect} />
        </p>
      )}
      {e.__typename === 'Sector' && (
        <p>
          {e.parent && (
            <>
              Part of <EntityLink2 id={e.parent.id} name={e.parent.name} onSelect={onSelect} /> ·{' '}
            </>
          )}
          clusters: <Links items={e.sectorClusters} onSelect={onSelect} />
        </p>
      )}
      <section aria-label={`Sources of ${e.name}`}>
        {nested ? <h4>Sources</h4> : <h3>Sources</h3>}
        <CitationList citations={e.citations} />
      </section>
    </article>
  );
}

function EntityLink2(props: { id: string; name: string; onSelect: (id: string) => void }) {
  return <Links items={[props]} onSelect={props.onSelect} />;
}
