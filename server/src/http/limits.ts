import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLError } from 'graphql';
import {
  getNullableType,
  isListType,
  Kind,
  visit,
  type ASTVisitor,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationContext,
  type ValidationRule,
  type ValueNode,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import type { Context } from '../context.js';
import { AtlasError, type LimitCode } from '../errors.js';

/**
 * What one operation may ask for, checked before any database work: its length in tokens, its
 * depth, its aliases and directives, and its cost — an estimate of how many values it returns.
 * Each refusal is a 400 with its own code and a message that says what to change (README, "API
 * errors"). What the estimate misjudges, the request budget (budget.ts) stops while it runs.
 */

export const LIMITS = {
  tokens: 3000,
  depth: 12,
  aliases: 20,
  directives: 50,
  /**
   * Values an operation is estimated to return; the web app's largest view (the network, with its
   * structural metrics) is about 104,000, so the limit leaves it room to grow.
   */
  cost: 250_000,
} as const;

/**
 * How many items a list field returns on a realistic graph: the most that one entity of the seed
 * has, rounded up generously, or the page a view asks for. A field with `first` counts `first`
 * items, and a connection's `edges` then count once (the page is counted at `first`).
 */
const LIST_SIZES: Record<string, number> = {
  'Query.countries': 100,
  'Query.regions': 500,
  'Query.sectors': 200,
  'Network.nodes': 2000,
  'Network.edges': 6000,
  'Path.nodes': 8,
  'Path.edges': 8,
  'Cluster.agreements': 20,
  'Cluster.missions': 10,
  'Cluster.partnerships': 10,
  'Cluster.ties': 50,
  'Agreement.parties': 4,
  'Partnership.members': 20,
  'Partnership.targetCountries': 10,
  'Mission.participants': 30,
  'Mission.met': 30,
  'Mission.visited': 10,
  'Country.regions': 30,
  'Country.clusters': 200,
  'Region.clusters': 100,
  'Sector.clusters': 500,
  'Sector.children': 20,
  'NetworkNode.sectors': 3,
  'NetworkEdge.via': 3,
  'NetworkEdge.years': 3,
  'CooperationMatrix.cells': 200,
  'CooperationMatrix.underServed': 200,
  'Query.clusterPlaces': 2000,
};
/** Any other list: citations, sectors, aliases, years, reasons… */
const DEFAULT_LIST_SIZE = 10;

const isConnectionEdges = (typeName: string, fieldName: string) =>
  typeName.endsWith('Connection') && fieldName === 'edges';

/**
 * One value for the field itself, plus its children once per item it returns. `__typename` is
 * free: clients (urql) add it to every selection, and it costs no database work.
 */
const returnedValues: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  if (field.name === '__typename') return 0;
  const first: unknown = args.first;
  if (typeof first === 'number') return 1 + Math.max(first, 0) * Math.max(childComplexity, 1);
  if (!isListType(getNullableType(field.type))) return 1 + childComplexity;
  const size = isConnectionEdges(type.name, field.name)
    ? 1
    : (LIST_SIZES[`${type.name}.${field.name}`] ?? DEFAULT_LIST_SIZE);
  return 1 + size * Math.max(childComplexity, 1);
};

/** The estimated number of values an operation returns. */
export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName?: string,
): number {
  return getComplexity({
    schema,
    query: document,
    variables,
    ...(operationName ? { operationName } : {}),
    estimators: [returnedValues],
  });
}

export function limitError(code: LimitCode, message: string): AtlasError {
  return new AtlasError(code, message, { http: { status: 400 } });
}

/** Armor's messages start with "Syntax Error:" whatever the limit; ours say what was exceeded and what to do. */
function armorRejection(code: LimitCode, advice: string) {
  return {
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) =>
        context?.reportError(limitError(code, `${error.message.replace(/^Syntax Error:\s*/, '')} ${advice}`)),
    ],
  };
}

const armor = new ApolloArmor({
  maxDepth: {
    n: LIMITS.depth,
    ...armorRejection('QUERY_TOO_DEEP', 'Ask for fewer nested levels, or follow ids in a second query.'),
  },
  maxAliases: {
    n: LIMITS.aliases,
    ...armorRejection('TOO_MANY_ALIASES', 'Split the query into several requests.'),
  },
  maxDirectives: {
    n: LIMITS.directives,
    ...armorRejection('TOO_MANY_DIRECTIVES', 'Use fewer @include/@skip directives.'),
  },
  // The token limit is graphql-js's own (`parseOptions` below): Armor's parser wrapper turned every
  // syntax error into a 500. The cost is ours (queryCostPlugin): Armor's does not multiply by lists.
  maxTokens: { enabled: false },
  costLimit: { enabled: false },
  // Suggestions ("did you mean …") help people writing queries in the playground.
  blockFieldSuggestion: { enabled: false },
});

/** The parse options Apollo passes to graphql-js: a longer document stops at the limit. */
export const parseOptions = { maxTokens: LIMITS.tokens };

/** graphql-js's own message for the token limit ("more that 3000 tokens", sic), turned into ours (see formatError). */
const TOKEN_LIMIT = /Document contains more th\w+ \d+ tokens/;
export function isTokenLimit(message: string): boolean {
  return TOKEN_LIMIT.test(message);
}
export const queryTooLong = () =>
  limitError(
    'QUERY_TOO_LONG',
    `The query has more than ${LIMITS.tokens} tokens. Ask for fewer fields, or split it into several requests.`,
  );

/**
 * How deep a request's JSON may nest (its variables and extensions: the query is a string in it).
 * The deepest input of the schema nests a few levels; variables nested 10,000 deep made the
 * response cache's key (JSON.stringify over them) overflow the stack, which answered 500.
 */
export const MAX_JSON_DEPTH = 64;

export const variablesTooDeep = () =>
  limitError(
    'VARIABLES_TOO_DEEP',
    `The request's variables nest deeper than ${MAX_JSON_DEPTH} levels, and no input of this API nests more than a few: send only the variables the operation declares.`,
  );

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPENERS = new Set([0x7b, 0x5b]);
const CLOSERS = new Set([0x7d, 0x5d]);

/** True when JSON text nests objects and arrays deeper than MAX_JSON_DEPTH (braces in strings do not count). */
export function nestsTooDeep(json: Uint8Array): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < json.length; i += 1) {
    const byte = json[i] ?? 0;
    if (inString) {
      if (byte === BACKSLASH) i += 1;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) inString = true;
    else if (OPENERS.has(byte)) {
      depth += 1;
      if (depth > MAX_JSON_DEPTH) return true;
    } else if (CLOSERS.has(byte)) depth -= 1;
  }
  return false;
}

/** No subscription type is served: say so, rather than fail inside execution. */
const noSubscriptions: ValidationRule = (context): ASTVisitor => ({
  OperationDefinition(node) {
    if (node.operation === 'subscription')
      context.reportError(
        limitError(
          'SUBSCRIPTIONS_NOT_OFFERED',
          'Subscriptions are not offered by this API: send a query, and ask again to see changes.',
        ),
      );
  },
});

/** A variable anywhere in an argument value (`first: $n`, `if: $show`, `filter: {first: $n}`). */
const hasVariable = (value: ValueNode): boolean =>
  value.kind === Kind.VARIABLE ||
  (value.kind === Kind.LIST && value.values.some(hasVariable)) ||
  (value.kind === Kind.OBJECT && value.fields.some((field) => hasVariable(field.value)));

/**
 * Whether a document's cost can change with its variables: only `first` and the @skip/@include
 * directives enter the estimate, so only a variable there can.
 */
function costDependsOnVariables(document: DocumentNode): boolean {
  let depends = false;
  visit(document, {
    Argument(node) {
      if (node.name.value === 'first' && hasVariable(node.value)) depends = true;
    },
    Directive(node) {
      if (node.arguments?.some((argument) => hasVariable(argument.value))) depends = true;
    },
  });
  return depends;
}

/**
 * The estimate per document and operation where variables cannot change it (most operations: a
 * cluster by `$id`, a search by `$text`), computed once; Apollo's document store hands out the same
 * document object for the same query text. Walking the document with its types cost about as much
 * as the rest of Apollo's pipeline for a small query.
 */
const costs = new WeakMap<DocumentNode, Map<string, number> | null>();
function cachedQueryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName?: string,
): number {
  let byOperation = costs.get(document);
  if (byOperation === undefined) {
    byOperation = costDependsOnVariables(document) ? null : new Map();
    costs.set(document, byOperation);
  }
  if (byOperation === null) return queryCost(schema, document, variables, operationName);
  let cost = byOperation.get(operationName ?? '');
  if (cost === undefined) {
    cost = queryCost(schema, document, variables, operationName);
    byOperation.set(operationName ?? '', cost);
  }
  return cost;
}

/** Refuses an operation whose estimated cost is over the limit; variables are known only here, after validation. */
function queryCostPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request, operationName }) {
          let cost: number;
          try {
            cost = cachedQueryCost(schema, document, request.variables ?? {}, operationName ?? undefined);
          } catch {
            // Variables that do not fit their types: execution reports that as a 400 of its own.
            return;
          }
          if (cost > LIMITS.cost)
            throw limitError(
              'QUERY_TOO_COSTLY',
              `This query would return an estimated ${cost.toLocaleString('en')} values, over the limit of ${LIMITS.cost.toLocaleString('en')}: ask for fewer nested lists, fewer aliases or smaller pages.`,
            );
        },
      };
    },
  };
}

/** The validation rules and plugins that enforce the limits. */
export function limitProtection(): { validationRules: ValidationRule[]; plugins: unknown[] } {
  const protection = armor.protect();
  return {
    validationRules: [...protection.validationRules, noSubscriptions],
    plugins: [...protection.plugins, queryCostPlugin()],
  };
}
