import { listChanges, loadChange, revertChange } from '../../graph/history/repo.js';
import type { Resolvers } from '../../__generated__/resolvers.js';
import { readAfterCommit, writeRequest } from '../base/writes.js';

/** The history: pages of changes, and the revert of one. */

export const historyResolvers: Resolvers = {
  Query: {
    changes: (_parent, args, context) =>
      listChanges(context.executor, { entity: args.entity, by: args.by, first: args.first ?? 50, after: args.after }),
  },
  Mutation: {
    revertChange: async (_parent, args, context, info) => {
      const { changeId } = await revertChange({ ...(await writeRequest(context, info, args)), changeId: args.id });
      const change = await readAfterCommit(context, {
        kind: 'change',
        id: changeId,
        read: () => loadChange(context.executor, changeId),
      });
      return { change };
    },
  },
  Change: {
    entity: (change, _args, context) => context.relations.entity(change.entityId),
    fields: (change) => change.fields ?? [],
  },
};
