import type { Resolvers } from '../../__generated__/resolvers.js';
import { AtlasError, badInput } from '../../errors.js';
import { ImportFileError, parseImportFile, type ImportKind } from '../../graph/imports/format.js';
import type { ImportJobs } from '../../graph/imports/jobs.js';
import type { Context } from '../../context.js';
import { editorOf } from '../base/writes.js';

/** The web app's import: checkImport and applyImport start jobs (graph/imports/jobs.ts), importJob polls them. */

/** The ids a report lists by name; the counts say how many there are in all. */
const LISTED = 200;
/** The most problems one page gives: a file with every row refused must not outgrow a response. */
const MOST_PER_PAGE = 5000;

/** One page of a list, `first` items from `offset`. */
function page<T>(items: readonly T[], args: { first?: number | null; offset?: number | null }): T[] {
  const first = args.first ?? LISTED;
  const offset = args.offset ?? 0;
  if (first < 0 || first > MOST_PER_PAGE || offset < 0)
    throw badInput(`Ask for 0 to ${MOST_PER_PAGE} items (first) from an offset of 0 or more.`, 'first');
  return items.slice(offset, offset + first);
}

function jobsOf(context: Context): ImportJobs {
  if (!context.imports) throw new AtlasError('FORBIDDEN', 'This server does not take imports: use `npm run import`.');
  return context.imports;
}

export const importsResolvers: Resolvers = {
  Query: {
    importJob: async (_parent, args, context) => jobsOf(context).get({ editor: await editorOf(context), id: args.id }),
  },
  Mutation: {
    checkImport: async (_parent, args, context) => {
      const editor = await editorOf(context);
      const jobs = jobsOf(context);
      let file;
      try {
        file = parseImportFile({
          file: args.file.name,
          content: args.file.content,
          ...(args.file.kind ? { kind: args.file.kind.toLowerCase() as ImportKind } : {}),
        });
      } catch (error) {
        if (error instanceof ImportFileError) throw badInput(error.message, 'file');
        throw error;
      }
      if (file.rows.length === 0) throw badInput(`${args.file.name} has no rows to import.`, 'file');
      return jobs.check({ editor, file });
    },
    applyImport: async (_parent, args, context) =>
      jobsOf(context).apply({ editor: await editorOf(context), id: args.id }),
  },
  ImportJob: {
    kind: (job) => job.kind.toUpperCase() as Uppercase<ImportKind>,
  },
  ImportReport: {
    createdCount: (report) => report.created.length,
    updatedCount: (report) => report.updated.length,
    unchangedCount: (report) => report.unchanged.length,
    created: (report) => report.created.slice(0, LISTED),
    updated: (report) => report.updated.slice(0, LISTED),
    rejectedCount: (report) => report.rejected.length,
    rejected: (report, args) => page(report.rejected, args),
    duplicatesCount: (report) => report.duplicates.length,
    duplicates: (report, args) => page(report.duplicates, args),
  },
  ImportProblem: {
    row: (problem) => JSON.stringify(problem.row),
  },
};
