import { decideGap, loadDecision } from '../../graph/gap-decisions/repo.js';
import type { Resolvers } from '../../__generated__/resolvers.js';
import { readAfterCommit, writeRequest } from '../base/writes.js';

/** Decisions on gap candidates: the write; the candidates carry theirs (graph/gaps/repo.ts). */

export const gapDecisionsResolvers: Resolvers = {
  Mutation: {
    decideGap: async (_parent, args, context, info) => {
      const { id } = await decideGap({ ...(await writeRequest(context, info, args)), input: args.input });
      const decision = await readAfterCommit(context, {
        kind: 'decision',
        id,
        read: () => loadDecision(context.executor, id),
      });
      return { decision };
    },
  },
};
