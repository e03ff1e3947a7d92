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
import { editorOf, forgetReads } from '../base/writes.js';

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
    proposeFacts: async (_parent, args, context) => {
      const { id } = await proposeFacts({
        executor: context.executor,
        writer: context.executor,
        editor: await editorOf(context),
        document: args.document,
      });
      const review = await readReview(context.executor, id);
      if (!review) throw new Error(`The review ${id} just written could not be read back.`);
      return review;
    },
    acceptCandidate: async (_parent, args, context) => {
      const { entityId } = await acceptCandidate({
        writer: context.executor,
        editor: await editorOf(context),
        id: args.id,
        edit: args.edit ?? null,
      });
      forgetReads(context);
      const entity = await context.relations.entity(entityId);
      if (!entity) throw new Error(`The entity ${entityId} just written could not be read back.`);
      return entity;
    },
    rejectCandidate: async (_parent, args, context) => {
      await rejectCandidate({
        writer: context.executor,
        editor: await editorOf(context),
        id: args.id,
        reason: args.reason ?? null,
      });
      const candidate = await readCandidate(context.executor, args.id);
      if (!candidate) throw new Error(`The candidate ${args.id} just rejected could not be read back.`);
      return candidate;
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
