import type { Context } from '../../context.js';
import {
  acceptCandidate,
  proposeFacts,
  readCandidate,
  readReview,
  recentReviews,
  rejectCandidate,
} from '../../graph/documents/repo.js';
import type { Resolvers } from '../../__generated__/resolvers.js';
import { pageSize } from '../base/arguments.js';
import { readAfterCommit, writeRequest } from '../base/writes.js';

/**
 * Documents: the editor proposes, the repository reads the document, extracts and stores; accept
 * and reject go through the repository's recorded writes. Resolvers check the editor and read back.
 */

const entityById = (id: string | null | undefined, context: Context) => (id ? context.relations.entity(id) : null);

export const documentsResolvers: Resolvers = {
  Query: {
    documentReview: (_parent, args, context) => readReview(context.executor, args.id),
    documentReviews: (_parent, args, context) =>
      recentReviews(context.executor, pageSize(args.first, { field: 'first', fallback: 20, max: 100 })),
  },
  Mutation: {
    proposeFacts: async (_parent, args, context, info) => {
      const { id } = await proposeFacts({
        ...(await writeRequest(context, info, args)),
        executor: context.executor,
        document: args.document,
      });
      return readAfterCommit(context, { kind: 'review', id, read: () => readReview(context.executor, id) });
    },
    acceptCandidate: async (_parent, args, context, info) => {
      const { entityId } = await acceptCandidate({
        ...(await writeRequest(context, info, args)),
        id: args.id,
        edit: args.edit ?? null,
      });
      return readAfterCommit(context, {
        kind: 'entity',
        id: entityId,
        read: () => context.relations.entity(entityId),
      });
    },
    rejectCandidate: async (_parent, args, context, info) => {
      await rejectCandidate({
        ...(await writeRequest(context, info, args)),
        id: args.id,
        reason: args.reason ?? null,
      });
      return readAfterCommit(context, {
        kind: 'candidate',
        id: args.id,
        read: () => readCandidate(context.executor, args.id),
      });
    },
  },
  DocumentReview: {
    source: (parent) => parent.source,
  },
  CandidateFact: {
    match: (parent, _args, context) => entityById(parent.match, context),
    entity: (parent, _args, context) => entityById(parent.entity, context),
    agreementKind: (parent) => parent.agreementKind ?? null,
    agreementStatus: (parent) => parent.agreementStatus ?? null,
  },
  CandidateParty: {
    match: (parent, _args, context) => entityById(parent.match, context),
  },
};
