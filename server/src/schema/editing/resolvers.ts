import type { Context } from '../../context.js';
import {
  addCitation,
  createAgreement,
  createMission,
  createPartnership,
  deleteAgreement,
  deleteCluster,
  deleteMission,
  deletePartnership,
  updateAgreement,
  updateMission,
  updatePartnership,
  upsertCluster,
} from '../../graph/editing/repo.js';
import type { EntityRecord } from '../../graph/model.js';
import type { Resolvers } from '../../__generated__/resolvers.js';
import { onlyOne } from '../base/entity.js';
import { editorOf, forgetReads, idempotencyOf, readAfterCommit } from '../base/writes.js';

/**
 * The writes: check the editor, let the repository validate and write in one recorded transaction
 * (with the request's Idempotency-Key), then read the written entity back through the read side so
 * the client sees what a query would.
 */

/** The written entity as the read side returns it (SAVED_NOT_READ_BACK when that read fails). */
const readBack = <K extends EntityRecord['entityKind']>(context: Context, id: string, kind: K) =>
  readAfterCommit(context, {
    kind: kind.toLowerCase(),
    id,
    read: async () => onlyOne(kind)(await context.relations.entity(id)),
  });

export const editingResolvers: Resolvers = {
  Query: {
    currentEditor: (_parent, _args, context) => editorOf(context),
  },
  Mutation: {
    createAgreement: async (_parent, args, context, info) => {
      const { id } = await createAgreement({
        writer: context.executor,
        editor: await editorOf(context),
        input: args.input,
        idempotency: idempotencyOf(context, info, args),
      });
      return { agreement: await readBack(context, id, 'AGREEMENT') };
    },
    updateAgreement: async (_parent, args, context, info) => {
      const { id } = await updateAgreement({
        writer: context.executor,
        editor: await editorOf(context),
        id: args.id,
        input: args.input,
        idempotency: idempotencyOf(context, info, args),
      });
      return { agreement: await readBack(context, id, 'AGREEMENT') };
    },
    deleteAgreement: async (_parent, args, context, info) => {
      const { id } = await deleteAgreement({
        writer: context.executor,
        editor: await editorOf(context),
        id: args.id,
        idempotency: idempotencyOf(context, info, args),
      });
      forgetReads(context);
      return { deletedId: id };
    },
    createMission: async (_parent, args, context, info) => {
      const { id } = await createMission({
        writer: context.executor,
        editor: await editorOf(context),
        input: args.input,
        idempotency: idempotencyOf(context, info, args),
      });
      return { mission: await readBack(context, id, 'MISSION') };
    },
    updateMission: async (_parent, args, context, info) => {
      const { id } = await updateMission({
        writer: context.executor,
        editor: await editorOf(context),
        id: args.id,
        input: args.input,
        idempotency: idempotencyOf(context, info, args),
      });
      return { mission: await readBack(context, id, 'MISSION') };
    },
    deleteMission: async (_parent, args, context, info) => {
      const { id } = await deleteMission({
        writer: context.executor,
        editor: await editorOf(context),
        id: args.id,
        idempotency: idempotencyOf(context, info, args),
      });
      forgetReads(context);
      return { deletedId: id };
    },
    upsertCluster: async (_parent, args, context, info) => {
      const { id, created } = await upsertCluster({
        writer: context.executor,
        editor: await editorOf(context),
        input: args.input,
        idempotency: idempotencyOf(context, info, args),
      });
      return { cluster: await readBack(context, id, 'CLUSTER'), created };
    },
    deleteCluster: async (_parent, args, context, info) => {
      const { id } = await deleteCluster({
        writer: context.executor,
        editor: await editorOf(context),
        id: args.id,
        idempotency: idempotencyOf(context, info, args),
      });
      forgetReads(context);
      return { deletedId: id };
    },
    createPartnership: async (_parent, args, context, info) => {
      const { id } = await createPartnership({
        writer: context.executor,
        editor: await editorOf(context),
        input: args.input,
        idempotency: idempotencyOf(context, info, args),
      });
      return { partnership: await readBack(context, id, 'PARTNERSHIP') };
    },
    updatePartnership: async (_parent, args, context, info) => {
      const { id } = await updatePartnership({
        writer: context.executor,
        editor: await editorOf(context),
        id: args.id,
        input: args.input,
        idempotency: idempotencyOf(context, info, args),
      });
      return { partnership: await readBack(context, id, 'PARTNERSHIP') };
    },
    deletePartnership: async (_parent, args, context, info) => {
      const { id } = await deletePartnership({
        writer: context.executor,
        editor: await editorOf(context),
        id: args.id,
        idempotency: idempotencyOf(context, info, args),
      });
      forgetReads(context);
      return { deletedId: id };
    },
    addCitation: async (_parent, args, context, info) => {
      const { entityId, sourceId } = await addCitation({
        writer: context.executor,
        editor: await editorOf(context),
        input: { entityId: args.entityId, source: args.source, excerpt: args.excerpt },
        idempotency: idempotencyOf(context, info, args),
      });
      const entity = await readAfterCommit(context, {
        kind: 'entity',
        id: entityId,
        read: () => context.relations.entity(entityId),
      });
      return { entity, sourceId };
    },
  },
};
