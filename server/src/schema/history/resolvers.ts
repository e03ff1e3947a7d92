import { listChanges, loadChange, revertChange } from '../../graph/history/repo.js';
import type { Resolvers } from '../../__generated__/resolvers.js';
import { editorOf, idempotencyOf, readAfterCommit } from '../base/writes.js';

/** The history: pages of changes, and the revert of one. */

export const historyResolvers: Resolvers = {
  Query: {
    changes: (_parent, args, context) =>
      listChanges(context.executor, { entity: args.entity, by: args.by, first: args.first ?? 50, after: args.after }),
  },
  Mutation: {
    revertChange: async (_parent, args, context, info) => {
      const { changeId } = await revertChange({
        writer: context.executor,
        editor: await editorOf(context),
        changeId: args.id,
        idempotency: idempotencyOf(context, info, args),
      });
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
