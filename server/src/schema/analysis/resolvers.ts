import type { Context } from '../../context.js';
import { resolveGapFilter } from '../../graph/gaps/repo.js';
import type { ClusterRecord } from '../../graph/model.js';
import { pairKey } from '../../graph/analysis/structure.js';
import { brokersOf, communitiesOf, singlePointsBetween, singlePointsOf } from '../../graph/analysis/views.js';
import type { Resolvers } from '../../__generated__/resolvers.js';
import { pageSize } from '../base/arguments.js';
import { onlyOne } from '../base/entity.js';

/** Structure: lists from the latest analysis run held in memory; per-cluster measures from the stored ones. */

const NOT_RUNNING = {
  state: 'PENDING' as const,
  gdsVersion: null,
  computedAt: null,
  graphVersion: null,
  message: 'The analysis does not run in this process.',
};

/**
 * Compared with the graph's version now (read once per request), so that a run of an older graph
 * is never said to be current; without Neo4j, as the process last knew it.
 */
async function status(context: Context) {
  if (!context.analysis) return NOT_RUNNING;
  const version = await context.graphVersion().catch(() => undefined);
  return context.analysis.status(version);
}
const snapshot = (context: Context) => context.analysis?.snapshot() ?? null;

/** A cluster the analysis saw may have been deleted since: it is then left out. */
async function clusters(context: Context, ids: readonly string[]): Promise<ClusterRecord[]> {
  const found = await Promise.all(ids.map((id) => context.relations.entity(id).then(onlyOne('CLUSTER'))));
  return found.filter((cluster): cluster is ClusterRecord => cluster !== null);
}

/**
 * The lists come from the latest run, and a cluster deleted since (before the debounced refresh)
 * is left out of them; the per-request loader then answers the fields below from the same read.
 */
async function stillThere<T>(context: Context, records: readonly T[], idsOf: (record: T) => readonly string[]) {
  const present = new Set((await clusters(context, records.flatMap(idsOf))).map((c) => c.id));
  return records.filter((record) => idsOf(record).every((id) => present.has(id)));
}

async function cluster(context: Context, id: string): Promise<ClusterRecord> {
  const [found] = await clusters(context, [id]);
  if (!found) throw new Error(`The analysis names a cluster that is gone: ${id}`);
  return found;
}

export const analysisResolvers: Resolvers = {
  Query: {
    analysis: (_parent, _args, context) => status(context),
    brokers: (_parent, args, context) => {
      const first = pageSize(args.first, { field: 'first', fallback: 10, max: 100 });
      const latest = snapshot(context);
      return latest ? stillThere(context, brokersOf(latest, first), (b) => [b.clusterId]) : [];
    },
    singlePointsOfFailure: async (_parent, args, context) => {
      const first = pageSize(args.first, { field: 'first', fallback: 20, max: 100 });
      const sides = args.between ? await resolveGapFilter(context.executor, args.between) : null;
      const latest = snapshot(context);
      const cuts = !latest ? [] : sides ? singlePointsBetween(latest, sides) : singlePointsOf(latest);
      return { status: await status(context), cuts, first };
    },
    communities: (_parent, _args, context) => {
      const latest = snapshot(context);
      return latest ? communitiesOf(latest) : [];
    },
  },
  Cluster: {
    metrics: (parent, _args, context) => context.metrics.load(parent.id),
  },
  NetworkNode: {
    // Read with the node where the statement could (a neighbourhood), otherwise through the loader.
    metrics: (parent, _args, context) =>
      parent.metrics === undefined ? context.metrics.load(parent.id) : parent.metrics,
  },
  NetworkEdge: {
    bridge: (parent, _args, context) => {
      const latest = snapshot(context);
      return latest ? latest.bridgeKeys.has(pairKey(parent.source, parent.target)) : null;
    },
  },
  Broker: {
    cluster: (parent, _args, context) => cluster(context, parent.clusterId),
  },
  SinglePointsOfFailure: {
    clusters: (parent, _args, context) =>
      stillThere(
        context,
        parent.cuts.filter((cut) => cut.clusterIds.length === 1).slice(0, parent.first),
        (cut) => cut.clusterIds,
      ),
    ties: (parent, _args, context) =>
      stillThere(
        context,
        parent.cuts.filter((cut) => cut.clusterIds.length === 2).slice(0, parent.first),
        (cut) => cut.clusterIds,
      ),
  },
  CutCluster: {
    cluster: (parent, _args, context) => cluster(context, parent.clusterIds[0]!),
    cutOff: (parent, _args, context) => clusters(context, parent.cutOff),
  },
  CutTie: {
    source: (parent, _args, context) => cluster(context, parent.clusterIds[0]!),
    target: (parent, _args, context) => cluster(context, parent.clusterIds[1]!),
    cutOff: (parent, _args, context) => clusters(context, parent.cutOff),
  },
  Community: {
    size: (parent) => parent.clusterIds.length,
    clusters: (parent, _args, context) => clusters(context, parent.clusterIds),
  },
};
