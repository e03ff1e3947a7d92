import { listPartnerships } from '../../graph/partnerships/repo.js';
import type { Resolvers } from '../../__generated__/resolvers.js';
import { countryCodes, list, MAX_PAGE, pageSize, text } from '../base/arguments.js';
import { pageAhead } from '../base/ahead.js';
import { entityFields, only } from '../base/entity.js';

export const partnershipsResolvers: Resolvers = {
  Partnership: {
    ...entityFields,
    members: (partnership, _args, context) =>
      context.relations.list('partnershipMembers', partnership.id).then(only('CLUSTER')),
    targetCountries: (partnership, _args, context) =>
      context.relations.list('partnershipTargets', partnership.id).then(only('COUNTRY')),
    sectors: (partnership, _args, context) =>
      context.relations.list('partnershipSectors', partnership.id).then(only('SECTOR')),
  },
  Query: {
    partnerships: (_parent, args, context, info) =>
      listPartnerships(context.executor, {
        ahead: pageAhead(info, context),
        targetCountries: countryCodes(args.filter?.targetCountries, 'filter.targetCountries'),
        sectors: list(args.filter?.sectors, 'filter.sectors'),
        text: text(args.filter?.text, 'filter.text'),
        first: pageSize(args.first, { field: 'first', fallback: 50, max: MAX_PAGE }),
        after: args.after ?? null,
      }),
  },
};
