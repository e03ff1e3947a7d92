import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import {
  execute,
  getVariableValues,
  printSchema,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

/**
 * Execution of queries by graphql-jit, compiled once per document: graphql-js spends ~10 ms
 * completing the ~10,000 fields of a 1,500-element network, resolver by resolver; a compiled query
 * is one generated function per document. Apollo Server 5 takes another executor only through its
 * gateway interface, so this is a gateway with our one schema: Apollo still parses, validates
 * (its document store keeps each validated document), runs the plugins and formats the errors.
 *
 * A document runs through graphql-js the first time it is seen and is compiled the second time
 * (Mercurius does the same), so one-off queries never pay for a compilation; mutations always run
 * through graphql-js. A compiled query coerces its variables itself; when it refuses them,
 * graphql-js coerces them again for its error, so an invalid variable gets the same answer on both
 * paths (BAD_USER_INPUT from Apollo).
 */

type Gateway = ApolloServerOptionsWithGateway<never>['gateway'];
type GatewayExecutor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;

/** Seen once (null), or compiled per operation name. */
type Compiled = null | Map<string, CompiledQuery | ExecutionResult>;

export function compiledExecution(schema: GraphQLSchema): Gateway {
  // Keyed by the document object: Apollo's document store hands out the same one for the same
  // query text, and an entry goes when the store lets its document go.
  const documents = new WeakMap<DocumentNode, Compiled>();

  const compiled = (document: DocumentNode, operationName: string | null) => {
    const seen = documents.get(document);
    if (seen === undefined) {
      documents.set(document, null);
      return undefined;
    }
    const byName = seen ?? new Map<string, CompiledQuery | ExecutionResult>();
    if (!seen) documents.set(document, byName);
    const key = operationName ?? '';
    let query = byName.get(key);
    if (!query) {
      query = compileQuery(schema, document, operationName ?? undefined);
      byName.set(key, query);
    }
    return isCompiledQuery(query) ? query : undefined;
  };

  const executor: GatewayExecutor = async ({ document, operation, operationName, request, context }) => {
    const variableValues = request.variables ?? {};
    const query = isQuery(operation) ? compiled(document, operationName) : undefined;
    if (!query)
      return execute({ schema, document, contextValue: context, variableValues, operationName: request.operationName });
    // graphql-jit answers refused variables at once, with errors and no data; graphql-js coercing
    // every request's variables first (to the same values) was 2% of the server's busy time on a 1-hop.
    const result = query.query(undefined, context, variableValues);
    if (isPromise(result) || 'data' in result) return result;
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variableValues);
    return coerced.errors ? { errors: coerced.errors } : result;
  };

  let listener: Parameters<Gateway['onSchemaLoadOrUpdate']>[0] | undefined;
  return {
    onSchemaLoadOrUpdate(callback) {
      listener = callback;
      return () => {
        listener = undefined;
      };
    },
    async load() {
      listener?.({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return { executor };
    },
    async stop() {},
  };
}

const isPromise = <T>(value: T | Promise<T>): value is Promise<T> => value instanceof Promise;

/** A resolved query operation (Apollo leaves `operation` undefined when the document has none by that name). */
const isQuery = (operation: OperationDefinitionNode | undefined): operation is OperationDefinitionNode =>
  operation?.operation === 'query';
