import { GraphQLScalarType, Kind } from 'graphql';
import { isPartialDate } from '../../domain/partial-date.js';
import { badInput } from '../../errors.js';
import { searchEntities } from '../../graph/search/repo.js';
import type { Resolvers } from '../../__generated__/resolvers.js';
import { readAhead, selectedProperties } from './ahead.js';
import { intInRange, list, text } from './arguments.js';
import { TYPE_NAME } from './entity.js';

const PARTIAL_DATE_HINT = 'a partial date such as "2007", "2018-06" or "2017-01-31"';

function parsePartialDateValue(value: unknown): string {
  if (typeof value !== 'string' || !isPartialDate(value))
    throw badInput(`Expected ${PARTIAL_DATE_HINT}, got ${JSON.stringify(value)?.slice(0, 40)}.`);
  return value;
}

/** ISO 8601 of reduced precision; inputs are validated so that no invented or impossible day gets in. */
export const PartialDate = new GraphQLScalarType<string, string>({
  name: 'PartialDate',
  description: 'ISO 8601 date of reduced precision: 2007, 2018-06 or 2017-01-31.',
  serialize: (value) => String(value),
  parseValue: parsePartialDateValue,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw badInput(`Expected ${PARTIAL_DATE_HINT} as a string.`);
    return parsePartialDateValue(ast.value);
  },
});

export const baseResolvers: Resolvers = {
  PartialDate,
  Entity: {
    __resolveType: (entity) => TYPE_NAME[entity.entityKind],
  },
  Query: {
    node: (_parent, args, context, info) => context.relations.entityAhead(args.id, readAhead(info)),
    search: (_parent, args, context, info) => {
      const words = text(args.text, 'text');
      const first = intInRange(args.first, { field: 'first', fallback: 10, min: 0, max: 50 });
      if (!words) return [];
      return searchEntities(context.executor, {
        text: words,
        kinds: list(args.kinds, 'kinds'),
        first,
        properties: selectedProperties(info),
      });
    },
  },
};
