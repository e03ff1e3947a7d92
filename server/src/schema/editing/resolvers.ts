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
import type { WriteResult } from '../../graph/editing/repo.js';
import type { Resolvers } from '../../__generated__/resolvers.js';
import { onlyOne } from '../base/entity.js';
import { editorOf, forgetReads, readAfterCommit, writeRequest } from '../base/writes.js';

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

/** A delete's answer: the id it removed, with the request's cached reads dropped. */
async function deleted(context: Context, write: Promise<WriteResult>): Promise<{ deletedId: string }> {
  const { id } = await write;
  forgetReads(context);
  return { deletedId: id };
}

export const editingResolvers: Resolvers = {
  Query: {
    currentEditor: (_parent, _args, context) => editorOf(context),
  },
  Mutation: {
    createAgreement: async (_parent, args, context, info) => {
      const { id } = await createAgreement({ ...(await writeRequest(context, info, args)), input: args.input });
      return { agreement: await readBack(context, id, 'AGREEMENT') };
    },
    updateAgreement: async (_parent, args, context, info) => {
      const { id } = await updateAgreement({
        ...(await writeRequest(context, info, args)),
        id: args.id,
        input: args.input,
      });
      return { agreement: await readBack(context, id, 'AGREEMENT') };
    },
    deleteAgreement: async (_parent, args, context, info) =>
      deleted(context, deleteAgreement({ ...(await writeRequest(context, info, args)), id: args.id })),
    createMission: async (_parent, args, context, info) => {
      const { id } = await createMission({ ...(await writeRequest(context, info, args)), input: args.input });
      return { mission: await readBack(context, id, 'MISSION') };
    },
    updateMission: async (_parent, args, context, info) => {
      const { id } = await updateMission({
        ...(await writeRequest(context, info, args)),
        id: args.id,
        input: args.input,
      });
      return { mission: await readBack(context, id, 'MISSION') };
    },
    deleteMission: async (_parent, args, context, info) =>
      deleted(context, deleteMission({ ...(await writeRequest(context, info, args)), id: args.id })),
    upsertCluster: async (_parent, args, context, info) => {
      const { id, created } = await upsertCluster({ ...(await writeRequest(context, info, args)), input: args.input });
      return { cluster: await readBack(context, id, 'CLUSTER'), created };
    },
    deleteCluster: async (_parent, args, context, info) =>
      deleted(context, deleteCluster({ ...(await writeRequest(context, info, args)), id: args.id })),
    createPartnership: async (_parent, args, context, info) => {
      const { id } = await createPartnership({ ...(await writeRequest(context, info, args)), input: args.input });
      return { partnership: await readBack(context, id, 'PARTNERSHIP') };
    },
    updatePartnership: async (_parent, args, context, info) => {
      const { id } = await updatePartnership({
        ...(await writeRequest(context, info, args)),
        id: args.id,
        input: args.input,
      });
      return { partnership: await readBack(context, id, 'PARTNERSHIP') };
    },
    deletePartnership: async (_parent, args, context, info) =>
      deleted(context, deletePartnership({ ...(await writeRequest(context, info, args)), id: args.id })),
    addCitation: async (_parent, args, context, info) => {
      const { entityId, sourceId } = await addCitation({
        ...(await writeRequest(context, info, args)),
        input: { entityId: args.entityId, source: args.source, excerpt: args.excerpt },
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
