import { decideGap, loadDecision } from '../../graph/gap-decisions/repo.js';
import type { Resolvers } from '../../__generated__/resolvers.js';
import { editorOf, idempotencyOf } from '../base/writes.js';

/** Decisions on gap candidates: the write; the candidates carry theirs (graph/gaps/repo.ts). */

export const gapDecisionsResolvers: Resolvers = {
  Mutation: {
    decideGap: async (_parent, args, context, info) => {
      const { id } = await decideGap({
        writer: context.executor,
        editor: await editorOf(context),
        input: args.input,
        idempotency: idempotencyOf(context, info, args),
      });
      const decision = await loadDecision(context.executor, id);
      if (!decision) throw new Error(`The decision ${id} just written could not be read back.`);
      return { decision };
    },
  },
};
