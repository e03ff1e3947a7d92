import {
  readNeighbourhood,
  readNetwork,
  readNetworkOverview,
  readShortestPath,
  readStats,
  type NetworkFilterOptions,
} from '../../graph/network/repo.js';
import { NetworkAnswers } from '../../graph/network/answers.js';
import { MAX_HOPS } from '../../graph/network/queries.js';
import type { NetworkFilter, Resolvers } from '../../__generated__/resolvers.js';
import { selects } from '../base/ahead.js';
import { countryCodes, intInRange, list, yearRange } from '../base/arguments.js';

/** The largest budget a caller may ask for: more than any screen shows. */
const MAX_BUDGET = 100_000;

/**
 * Path, NetworkNode and NetworkEdge have no field resolvers: the repo returns them in their GraphQL
 * shape. Network has one, its positions, computed only when asked.
 */

function networkFilter(filter: NetworkFilter | null | undefined): NetworkFilterOptions {
  return {
    countries: countryCodes(filter?.countries, 'filter.countries'),
    sectors: list(filter?.sectors, 'filter.sectors'),
    tieKinds: list(filter?.tieKinds, 'filter.tieKinds'),
    ...yearRange(filter?.fromYear, filter?.toYear),
    includePlanned: filter?.includePlanned ?? false,
  };
}

export const networkResolvers: Resolvers = {
  Query: {
    network: async (_parent, args, context) => {
      const filter = networkFilter(args.filter);
      const budget =
        args.budget == null
          ? null
          : intInRange(args.budget, { field: 'budget', fallback: MAX_BUDGET, min: 1, max: MAX_BUDGET });
      const { executor, networkAnswers } = context;
      return networkAnswers
        ? networkAnswers.network({ executor, version: await context.graphVersion(), filter, budget })
        : readNetwork(executor, filter, budget);
    },
    networkOverview: async (_parent, args, context) => {
      const options = { filter: networkFilter(args.filter), groupBy: args.groupBy ?? 'COUNTRY' };
      const { executor, networkAnswers } = context;
      return networkAnswers
        ? networkAnswers.overview(executor, await context.graphVersion(), options)
        : readNetworkOverview(executor, options);
    },
    // Explore's expand asks for each node's measures: read with the nodes, not by a second statement.
    neighbourhood: (_parent, args, context, info) =>
      readNeighbourhood(context.executor, {
        id: args.id,
        depth: intInRange(args.depth, { field: 'depth', fallback: 1, min: 1, max: 3 }),
        filter: networkFilter(args.filter),
        metrics: selects(info, ['nodes', 'metrics']),
      }),
    shortestPath: (_parent, args, context) =>
      readShortestPath(context.executor, {
        from: args.from,
        to: args.to,
        kinds: list(args.kinds, 'kinds'),
        maxHops: intInRange(args.maxHops, { field: 'maxHops', fallback: 6, min: 1, max: MAX_HOPS }),
        includePlanned: args.includePlanned ?? false,
      }),
    stats: (_parent, _args, context) => readStats(context.executor),
  },
  Network: {
    positions: async (network, _args, context) => {
      const { executor, networkAnswers } = context;
      const version = await context.graphVersion();
      return (networkAnswers ?? new NetworkAnswers()).positions(executor, version, network);
    },
  },
};
