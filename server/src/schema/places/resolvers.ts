import { listCountries, listRegions } from '../../graph/places/repo.js';
import type { Resolvers } from '../../__generated__/resolvers.js';
import { countryCodes } from '../base/arguments.js';
import { entityFields, only, onlyOne } from '../base/entity.js';
import { notFound } from '../../errors.js';

export const placesResolvers: Resolvers = {
  Country: {
    ...entityFields,
    regions: (country, _args, context) => context.relations.list('countryRegions', country.id).then(only('REGION')),
    clusters: (country, _args, context) => context.relations.list('countryClusters', country.id).then(only('CLUSTER')),
  },
  Region: {
    ...entityFields,
    country: async (region, _args, context) => {
      const country = onlyOne('COUNTRY')(await context.relations.one('regionCountry', region.id));
      // The seed format gives every region a country or a parent that has one.
      if (!country) throw notFound('country of the region', region.id);
      return country;
    },
    parent: (region, _args, context) => context.relations.one('regionParent', region.id).then(onlyOne('REGION')),
    clusters: (region, _args, context) => context.relations.list('regionClusters', region.id).then(only('CLUSTER')),
  },
  Query: {
    countries: (_parent, _args, context) => listCountries(context.executor),
    regions: (_parent, args, context) => {
      const [country] = countryCodes(args.country ? [args.country] : null, 'country') ?? [];
      return listRegions(context.executor, country ?? null);
    },
  },
};
