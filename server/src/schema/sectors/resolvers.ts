import { listSectors } from '../../graph/sectors/repo.js';
import type { Resolvers } from '../../__generated__/resolvers.js';
import { entityFields, only, onlyOne } from '../base/entity.js';

export const sectorsResolvers: Resolvers = {
  Sector: {
    ...entityFields,
    parent: (sector, _args, context) => context.relations.one('sectorParent', sector.id).then(onlyOne('SECTOR')),
    children: (sector, _args, context) => context.relations.list('sectorChildren', sector.id).then(only('SECTOR')),
    clusters: (sector, _args, context) => context.relations.list('sectorClusters', sector.id).then(only('CLUSTER')),
  },
  Query: {
    sectors: (_parent, _args, context) => listSectors(context.executor),
  },
};
