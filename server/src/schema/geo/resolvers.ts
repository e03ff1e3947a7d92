import type { Resolvers } from '../../__generated__/resolvers.js';
import { badInput } from '../../errors.js';
import { GAZETTEER } from '../../graph/geo/gazetteer.js';
import { clusterPlaces } from '../../graph/geo/repo.js';

/** As many as the network view draws at most (its budget). */
export const MAX_PLACES = 2000;

export const geoResolvers: Resolvers = {
  Query: {
    clusterPlaces: (_parent, args, context) => {
      if (args.ids.length > MAX_PLACES)
        throw badInput(`\`ids\` takes at most ${MAX_PLACES} clusters; ask for the rest in another request.`, 'ids');
      return clusterPlaces(context.executor, args.ids);
    },
    gazetteer: () => GAZETTEER,
  },
};
