import { requireEditor, type Editor } from '../../auth.js';
import type { Context } from '../../context.js';
import { createRelationLoader, Relations } from '../../graph/entities/repo.js';
import {
  addCitation,
  createAgreement,
  createMission,
  deleteAgreement,
  deleteMission,
  updateAgreement,
  updateMission,
  upsertCluster,
} from '../../graph/editing/repo.js';
import type { EntityRecord } from '../../graph/model.js';
import type { Resolvers } from '../../__generated__/resolvers.js';
import { onlyOne } from '../base/entity.js';

/**
 * The writes: check the editor token, let the repository validate and write in one transaction,
 * then read the written entity back through the read side so the client sees what a query would.
 */

/** The caller as an editor, or UNAUTHENTICATED / FORBIDDEN before anything runs. */
function editorOf(context: Context): Editor {
  return requireEditor({ authorization: context.auth.header, editorToken: context.auth.editorToken });
}

/**
 * Drops what this request's loaders cached before the write: a later read in the same operation
 * (this payload, or a second mutation) must see the graph as it is now.
 */
function forgetReads(context: Context): void {
  context.relations = new Relations(createRelationLoader(context.executor));
}

/** The written entity as the read side returns it; its absence right after commit is a bug, not a user error. */
async function readBack<K extends EntityRecord['entityKind']>(context: Context, id: string, kind: K) {
  forgetReads(context);
  const entity = onlyOne(kind)(await context.relations.entity(id));
  if (!entity) throw new Error(`The ${kind} ${id} just written could not be read back.`);
  return entity;
}

export const editingResolvers: Resolvers = {
  Mutation: {
    createAgreement: async (_parent, args, context) => {
      const { id } = await createAgreement({ writer: context.executor, editor: editorOf(context), input: args.input });
      return { agreement: await readBack(context, id, 'AGREEMENT') };
    },
    updateAgreement: async (_parent, args, context) => {
      const { id } = await updateAgreement({
        writer: context.executor,
        editor: editorOf(context),
        id: args.id,
        input: args.input,
      });
      return { agreement: await readBack(context, id, 'AGREEMENT') };
    },
    deleteAgreement: async (_parent, args, context) => {
      editorOf(context);
      const { id } = await deleteAgreement({ writer: context.executor, id: args.id });
      forgetReads(context);
      return { deletedId: id };
    },
    createMission: async (_parent, args, context) => {
      const { id } = await createMission({ writer: context.executor, editor: editorOf(context), input: args.input });
      return { mission: await readBack(context, id, 'MISSION') };
    },
    updateMission: async (_parent, args, context) => {
      const { id } = await updateMission({
        writer: context.executor,
        editor: editorOf(context),
        id: args.id,
        input: args.input,
      });
      return { mission: await readBack(context, id, 'MISSION') };
    },
    deleteMission: async (_parent, args, context) => {
      editorOf(context);
      const { id } = await deleteMission({ writer: context.executor, id: args.id });
      forgetReads(context);
      return { deletedId: id };
    },
    upsertCluster: async (_parent, args, context) => {
      const { id, created } = await upsertCluster({
        writer: context.executor,
        editor: editorOf(context),
        input: args.input,
      });
      return { cluster: await readBack(context, id, 'CLUSTER'), created };
    },
    addCitation: async (_parent, args, context) => {
      const editor = editorOf(context);
      const { entityId, sourceId } = await addCitation({
        writer: context.executor,
        editor,
        input: { entityId: args.entityId, source: args.source, excerpt: args.excerpt },
      });
      forgetReads(context);
      const entity = await context.relations.entity(entityId);
      if (!entity) throw new Error(`The entity ${entityId} just cited could not be read back.`);
      return { entity, sourceId };
    },
  },
};
