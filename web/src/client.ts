import { Client, cacheExchange, fetchExchange, mapExchange } from 'urql';
import { readTokenHeaders, refusedForToken, reportRefusedRead, storedReadToken } from './readToken';
import { editorToken } from './state/editorToken';
import { WriteKeys, withIdempotencyKey } from './writeKeys';

const writeKeys = new WriteKeys();

/**
 * urql's document cache is enough here: the explorer mostly reads, so a normalised cache
 * (Apollo, ~65 KB) would not earn its weight. Always POST: GET /graphql from a browser is the playground.
 * A server with a read token refuses reads without it: the app then asks for it (ReadTokenDialog).
 * Every write carries an Idempotency-Key, the same one when sent again unsaved (writeKeys.ts).
 */
export const client = new Client({
  url: '/graphql',
  exchanges: [
    cacheExchange,
    mapExchange({
      onOperation: (operation) =>
        operation.kind === 'mutation' ? withIdempotencyKey(operation, writeKeys.keyFor(operation.key)) : operation,
      onResult(result) {
        if (result.operation.kind === 'mutation') writeKeys.settled(result.operation.key, !result.error);
      },
      onError(error) {
        if (refusedForToken(error.graphQLErrors.map((e) => e.extensions?.['code']))) reportRefusedRead();
      },
    }),
    fetchExchange,
  ],
  // A signed-in editor's token serves writes and reads; otherwise the read token, when one is kept.
  fetchOptions: () => ({ headers: readTokenHeaders(editorToken() ?? storedReadToken()) }),
  preferGetMethod: false,
  requestPolicy: 'cache-first',
});
