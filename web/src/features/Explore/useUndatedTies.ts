import { useMemo } from 'react';
import { useQuery } from 'urql';
import { toNetworkFilter, type Filters } from '../../graph/filters';
import type { GraphData } from '../../graph/types';
import { NetworkQuery } from './network';

const EMPTY: GraphData = { nodes: [], edges: [] };

/**
 * A year range leaves out the ties whose facts have no date (partnerships, undated missions). The
 * view says how many, and draws them on request: the same network without the years, its undated ties.
 */
export function useUndatedTies(filters: Filters, show: boolean): { count: number | null; graph: GraphData } {
  const byYear = filters.fromYear != null || filters.toYear != null;
  const [result] = useQuery({
    query: NetworkQuery,
    variables: { filter: toNetworkFilter({ ...filters, fromYear: null, toYear: null }) ?? null },
    pause: !byYear,
  });
  const network = result.data?.network;
  const undated = useMemo<GraphData>(() => {
    if (!network) return EMPTY;
    const edges = network.edges.filter((e) => e.years.length === 0);
    const ends = new Set(edges.flatMap((e) => [e.source, e.target]));
    return { nodes: network.nodes.filter((n) => ends.has(n.id)), edges };
  }, [network]);
  return {
    // Unknown while counting: never a stale or partial number.
    count: !byYear ? 0 : result.fetching || !network ? null : undated.edges.length,
    graph: byYear && show ? undated : EMPTY,
  };
}
