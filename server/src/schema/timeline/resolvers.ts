import { badInput } from '../../errors.js';
import { readAgreementEvents, readTieChanges, readTimeline } from '../../graph/timeline/repo.js';
import type { Resolvers } from '../../__generated__/resolvers.js';
import type { ClusterRecord } from '../../graph/model.js';
import { onlyOne } from '../base/entity.js';

/** Timeline bars are plain records; a change's via and parties load through the request's loaders. */
export const timelineResolvers: Resolvers = {
  Query: {
    timeline: (_parent, _args, context) => readTimeline(context.executor),
    agreementEvents: async (_parent, args, context) => {
      const events = await readAgreementEvents(context.executor, args.events ?? null);
      // An agreement deleted between the two reads is left out rather than failing the list.
      const agreements = await Promise.all(
        events.map((e) => context.relations.entity(e.id).then(onlyOne('AGREEMENT'))),
      );
      return events.filter((_event, i) => agreements[i] !== null);
    },
    tieChanges: (_parent, args, context) => {
      const { from, to } = args;
      if (from < 1900 || to > 2100 || from > to)
        throw badInput('`from` and `to` are years from 1900 to 2100, `from` no later than `to`.', 'from');
      return readTieChanges(context.executor, { from, to });
    },
  },
  AgreementEvent: {
    // Loaded once per request by the list above, which leaves out the agreements that are gone.
    agreement: async (parent, _args, context) => {
      const agreement = await context.relations.entity(parent.id).then(onlyOne('AGREEMENT'));
      if (!agreement) throw new Error(`The agreement event names an agreement that is gone: ${parent.id}`);
      return agreement;
    },
    by: (parent, _args, context) => (parent.by ? context.relations.entity(parent.by).then(onlyOne('AGREEMENT')) : null),
  },
  TieChange: {
    via: async (parent, _args, context) => {
      const entity = await context.relations.entity(parent.id);
      if (!entity) throw new Error(`The tie change names an entity that is gone: ${parent.id}`);
      return entity;
    },
    parties: async (parent, _args, context) => {
      const parties = await Promise.all(
        parent.parties.map((id) => context.relations.entity(id).then(onlyOne('CLUSTER'))),
      );
      return parties.filter((party): party is ClusterRecord => party !== null);
    },
  },
};
