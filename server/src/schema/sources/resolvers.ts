import { badInput } from '../../errors.js';
import { coverage, findSource, listSources, sourceContributions, sourcePassages } from '../../graph/sources/repo.js';
import type { Resolvers } from '../../__generated__/resolvers.js';
import { list } from '../base/arguments.js';
import type { SourceRecord } from '../../graph/model.js';
import type { Context } from '../../context.js';

/** A source's text: what the parent carries when its query read it, else one read by id. */
async function textOf(source: SourceRecord, context: Context): Promise<string | null> {
  if (source.text !== undefined) return source.text;
  return (await findSource(context.executor, source.id))?.text ?? null;
}

const MAX_SIDES = 10;
const MAX_ENTITIES = 500;

export const sourcesResolvers: Resolvers = {
  Source: {
    text: (source, _args, context) => textOf(source, context),
    passages: async (source, _args, context) =>
      sourcePassages(context.executor, { id: source.id, text: await textOf(source, context) }),
    contributes: (source, _args, context) => sourceContributions(context.executor, source.id),
  },
  Query: {
    sources: (_parent, _args, context) => listSources(context.executor),
    source: (_parent, args, context) => findSource(context.executor, args.id),
    entities: (_parent, args, context) => {
      if (args.ids.length > MAX_ENTITIES)
        throw badInput(`\`ids\` takes at most ${MAX_ENTITIES} ids; ask in pages.`, 'ids');
      // The relation loader batches these into one statement.
      return Promise.all(args.ids.map((id) => context.relations.entity(id)));
    },
    coverage: (_parent, args, context) => {
      const sides = list(args.sides, 'sides') ?? [];
      if (sides.length > MAX_SIDES) throw badInput(`\`sides\` takes at most ${MAX_SIDES} sides.`, 'sides');
      return coverage(context.executor, sides);
    },
  },
};
