import {
  readCooperationMatrix,
  readGapCandidates,
  resolveGapFilter,
  type GapFilterInput,
} from '../../graph/gaps/repo.js';
import type { Context } from '../../context.js';
import { MAX_GAPS_PAGE } from '../../graph/gaps/scoring.js';
import { badInput } from '../../errors.js';
import type { Resolvers } from '../../__generated__/resolvers.js';
import { pageSize } from '../base/arguments.js';

/** Gap cursors are the rank of a candidate, opaque to clients. */
const CURSOR_PREFIX = 'gap:';

export function encodeGapCursor(offset: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${offset}`, 'utf8').toString('base64url');
}

export function decodeGapCursor(cursor: string | null | undefined): number {
  if (cursor === null || cursor === undefined) return 0;
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const offset = Number(text.slice(CURSOR_PREFIX.length));
  if (!text.startsWith(CURSOR_PREFIX) || !Number.isInteger(offset) || offset < 0) {
    throw badInput(
      '`after` is not a gaps cursor: pass the `cursor` of a candidate from a previous page, or omit it.',
      'after',
    );
  }
  return offset + 1;
}

/** One page of the ranking, as `gaps` and `gapRanking` take their arguments. */
async function rankingPage(
  args: { filter?: GapFilterInput | null; first?: number | null; after?: string | null },
  context: Context,
) {
  const first = pageSize(args.first, { field: 'first', fallback: 20, max: MAX_GAPS_PAGE });
  const skip = decodeGapCursor(args.after);
  const filter = await resolveGapFilter(context.executor, args.filter);
  const page = await readGapCandidates(context.executor, { filter, skip, first });
  return {
    ...page,
    candidates: page.candidates.map((candidate) => ({ ...candidate, cursor: encodeGapCursor(candidate.offset) })),
  };
}

export const gapsResolvers: Resolvers = {
  Query: {
    gaps: async (_parent, args, context) => (await rankingPage(args, context)).candidates,
    gapRanking: (_parent, args, context) => rankingPage(args, context),
    cooperationMatrix: async (_parent, args, context) => {
      const filter = await resolveGapFilter(context.executor, args.filter);
      return readCooperationMatrix(context.executor, filter);
    },
  },
};
