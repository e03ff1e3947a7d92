import { ALL_TIE_KINDS } from '../../graph/entities/labels.js';
import { listClusters } from '../../graph/clusters/repo.js';
import type { Resolvers } from '../../__generated__/resolvers.js';
import { countryCodes, list, MAX_PAGE, pageSize, text } from '../base/arguments.js';
import { pageAhead, readAhead } from '../base/ahead.js';
import { entityFields, only, onlyOne } from '../base/entity.js';
import { notFound } from '../../errors.js';

export const clustersResolvers: Resolvers = {
  Cluster: {
    ...entityFields,
    clusterKind: (cluster) => cluster.kind,
    country: (cluster, _args, context) => context.relations.one('clusterCountry', cluster.id).then(onlyOne('COUNTRY')),
    region: (cluster, _args, context) => context.relations.one('clusterRegion', cluster.id).then(onlyOne('REGION')),
    sectors: (cluster, _args, context) => context.relations.list('clusterSectors', cluster.id).then(only('SECTOR')),
    agreements: (cluster, _args, context) =>
      context.relations.list('clusterAgreements', cluster.id).then(only('AGREEMENT')),
    missions: (cluster, _args, context) => context.relations.list('clusterMissions', cluster.id).then(only('MISSION')),
    partnerships: (cluster, _args, context) =>
      context.relations.list('clusterPartnerships', cluster.id).then(only('PARTNERSHIP')),
    ties: (cluster, args, context) => context.relations.ties(cluster.id, list(args.kinds, 'kinds') ?? ALL_TIE_KINDS),
  },
  Tie: {
    cluster: async (tie, _args, context) => {
      const cluster = onlyOne('CLUSTER')(await context.relations.entity(tie.clusterId));
      // A tie is read in the same transaction as its cluster; a miss means it was deleted meanwhile.
      if (!cluster) throw notFound('cluster', tie.clusterId);
      return cluster;
    },
    via: async (tie, _args, context) => {
      const via = await context.relations.entity(tie.viaId);
      if (!via) throw notFound(tie.kind.toLowerCase(), tie.viaId);
      return via;
    },
  },
  Query: {
    cluster: (_parent, args, context, info) =>
      context.relations.entityAhead(args.id, readAhead(info), 'Cluster').then(onlyOne('CLUSTER')),
    clusters: (_parent, args, context, info) =>
      listClusters(context.executor, {
        ahead: pageAhead(info, context),
        countries: countryCodes(args.filter?.countries, 'filter.countries'),
        sectors: list(args.filter?.sectors, 'filter.sectors'),
        kinds: list(args.filter?.kinds, 'filter.kinds'),
        text: text(args.filter?.text, 'filter.text'),
        first: pageSize(args.first, { field: 'first', fallback: 50, max: MAX_PAGE }),
        after: args.after ?? null,
      }),
  },
};
