import { listAgreements } from '../../graph/agreements/repo.js';
import type { Resolvers } from '../../__generated__/resolvers.js';
import { countryCodes, list, MAX_PAGE, pageSize, text, yearRange } from '../base/arguments.js';
import { pageAhead } from '../base/ahead.js';
import { entityFields, only, onlyOne } from '../base/entity.js';

export const agreementsResolvers: Resolvers = {
  Agreement: {
    ...entityFields,
    agreementKind: (agreement) => agreement.kind,
    parties: (agreement, _args, context) =>
      context.relations.list('agreementParties', agreement.id).then(only('CLUSTER')),
    sectors: (agreement, _args, context) =>
      context.relations.list('agreementSectors', agreement.id).then(only('SECTOR')),
    partnership: (agreement, _args, context) =>
      context.relations.one('agreementPartnership', agreement.id).then(onlyOne('PARTNERSHIP')),
    mission: (agreement, _args, context) =>
      context.relations.one('agreementMission', agreement.id).then(onlyOne('MISSION')),
    updates: (agreement, _args, context) =>
      context.relations.one('agreementUpdates', agreement.id).then(onlyOne('AGREEMENT')),
    updatedBy: (agreement, _args, context) =>
      context.relations.list('agreementUpdatedBy', agreement.id).then(only('AGREEMENT')),
  },
  Query: {
    agreements: (_parent, args, context, info) =>
      listAgreements(context.executor, {
        ahead: pageAhead(info, context),
        countries: countryCodes(args.filter?.countries, 'filter.countries'),
        sectors: list(args.filter?.sectors, 'filter.sectors'),
        kinds: list(args.filter?.kinds, 'filter.kinds'),
        statuses: list(args.filter?.statuses, 'filter.statuses'),
        ...yearRange(args.filter?.fromYear, args.filter?.toYear),
        text: text(args.filter?.text, 'filter.text'),
        first: pageSize(args.first, { field: 'first', fallback: 50, max: MAX_PAGE }),
        after: args.after ?? null,
      }),
  },
};
