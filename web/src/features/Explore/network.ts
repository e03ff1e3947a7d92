import { useEffect, useMemo, useState } from 'react';
import { useClient, useQuery } from 'urql';
import type { NetworkFilterInput } from '../../graph/filters';
import type { GraphData } from '../../graph/types';
import { graphql } from '../../gql';

// What the canvas and the table render of a node and a tie: shared by networks and paths.
export const GraphNodeFragment = graphql(`
  fragment GraphNode on NetworkNode {
    id
    label
    entityKind
    country
    sectors
    degree
    metrics {
      betweenness
      community
      articulationPoint
    }
  }
`);

export const GraphEdgeFragment = graphql(`
  fragment GraphEdge on NetworkEdge {
    id
    source
    target
    kind
    via
    years
    weight
    planned
  }
`);

// What the canvas and the table render of a network; shared by the Explore and Path containers.
export const NetworkGraphFragment = graphql(`
  fragment NetworkGraph on Network {
    nodes {
      ...GraphNode
    }
    edges {
      ...GraphEdge
    }
  }
`);

// With a budget: the server cuts a large network to its most connected clusters and says what it
// left out; a large one comes with its positions, laid out on the server.
export const NetworkQuery = graphql(`
  query ExploreNetwork($filter: NetworkFilter, $budget: Int) {
    network(filter: $filter, budget: $budget) {
      ...NetworkGraph
      omittedClusters
      omittedTies
      positions {
        id
        x
        y
      }
    }
  }
`);

export const OverviewQuery = graphql(`
  query ExploreOverview($filter: NetworkFilter, $groupBy: OverviewGrouping) {
    networkOverview(filter: $filter, groupBy: $groupBy) {
      clusters
      ties
      groups {
        id
        label
        clusters
        ties
      }
      links {
        id
        source
        target
        ties
      }
    }
  }
`);

export const NeighbourhoodQuery = graphql(`
  query ExploreNeighbourhood($id: ID!, $depth: Int!, $filter: NetworkFilter) {
    neighbourhood(id: $id, depth: $depth, filter: $filter) {
      ...NetworkGraph
    }
  }
`);

export const ReferenceQuery = graphql(`
  query ReferenceData {
    countries {
      id
      code
      name
      eu
    }
    sectors {
      id
      name
      parent {
        id
      }
    }
  }
`);

/** Countries and sectors: names, EU membership and the sector tree, for colours and filters. */
export function useReferenceData() {
  const [result, reexecute] = useQuery({ query: ReferenceQuery });
  return {
    countries: result.data?.countries ?? [],
    sectors: result.data?.sectors ?? [],
    fetching: result.fetching,
    error: result.error,
    retry: () => reexecute({ requestPolicy: 'network-only' }),
  };
}

export interface Expansions {
  graphs: GraphData[];
  /** Each expanded cluster's neighbourhood, once it arrived. */
  byId: ReadonlyMap<string, GraphData>;
  pending: string[];
  error: Error | null;
  retry: () => void;
}

/**
 * One neighbourhood query per expanded cluster. Their number changes at run time, which hooks
 * cannot loop over, so they go through the client directly; urql still caches each one.
 */
export function useExpansions(
  ids: readonly string[],
  options: { filter?: NetworkFilterInput | undefined; depth?: number } = {},
): Expansions {
  const { filter, depth = 1 } = options;
  const client = useClient();
  const [results, setResults] = useState(new Map<string, GraphData>());
  const [error, setError] = useState<Error | null>(null);
  const [attempt, setAttempt] = useState(0);
  const filterKey = `${depth}|${JSON.stringify(filter ?? null)}`;
  const keyOf = (id: string) => `${id}|${filterKey}`;
  const idsKey = ids.join(',');

  useEffect(() => {
    let live = true;
    const missing = ids.filter((id) => !results.has(keyOf(id)));
    for (const id of missing) {
      client
        .query(NeighbourhoodQuery, { id, depth, filter: filter ?? null })
        .toPromise()
        .then((r) => {
          if (!live) return;
          if (r.error) setError(r.error);
          else if (r.data) {
            const data = r.data.neighbourhood;
            setResults((prev) => new Map(prev).set(keyOf(id), data));
          }
        });
    }
    return () => {
      live = false;
    };
    // Dependencies on purpose: keyed by the id list and filter text
  }, [client, idsKey, filterKey, attempt]);

  return useMemo(
    () => ({
      graphs: ids.map((id) => results.get(keyOf(id))).filter((g): g is GraphData => Boolean(g)),
      byId: new Map(ids.flatMap((id) => (results.has(keyOf(id)) ? [[id, results.get(keyOf(id)) as GraphData]] : []))),
      pending: ids.filter((id) => !results.has(keyOf(id))),
      error,
      retry: () => {
        setError(null);
        setAttempt((a) => a + 1);
      },
    }),
    // Dependencies on purpose: keyed by the id list and filter text.
    [results, idsKey, filterKey, error],
  );
}
