import { listMissions } from '../../graph/missions/repo.js';
import type { Resolvers } from '../../__generated__/resolvers.js';
import { countryCodes, list, MAX_PAGE, pageSize, text, yearRange } from '../base/arguments.js';
import { pageAhead } from '../base/ahead.js';
import { entityFields, only, onlyOne } from '../base/entity.js';

export const missionsResolvers: Resolvers = {
  Mission: {
    ...entityFields,
    organisers: (mission, _args, context) => context.relations.list('missionOrganisers', mission.id),
    participants: (mission, _args, context) =>
      context.relations.list('missionParticipants', mission.id).then(only('CLUSTER')),
    met: (mission, _args, context) => context.relations.list('missionMet', mission.id).then(only('CLUSTER')),
    visited: (mission, _args, context) => context.relations.list('missionVisited', mission.id).then(only('REGION')),
    sectors: (mission, _args, context) => context.relations.list('missionSectors', mission.id).then(only('SECTOR')),
    events: (mission, _args, context) => context.relations.list('missionEvents', mission.id).then(only('EVENT')),
  },
  Event: {
    ...entityFields,
    eventKind: (event) => event.kind,
    region: (event, _args, context) => context.relations.one('eventRegion', event.id).then(onlyOne('REGION')),
    missions: (event, _args, context) => context.relations.list('eventMissions', event.id).then(only('MISSION')),
    organisers: (event, _args, context) => context.relations.list('eventOrganisers', event.id),
  },
  Query: {
    missions: (_parent, args, context, info) =>
      listMissions(context.executor, {
        ahead: pageAhead(info, context),
        countries: countryCodes(args.filter?.countries, 'filter.countries'),
        sectors: list(args.filter?.sectors, 'filter.sectors'),
        statuses: list(args.filter?.statuses, 'filter.statuses'),
        ...yearRange(args.filter?.fromYear, args.filter?.toYear),
        text: text(args.filter?.text, 'filter.text'),
        first: pageSize(args.first, { field: 'first', fallback: 50, max: MAX_PAGE }),
        after: args.after ?? null,
      }),
  },
};
