import { Client, cacheExchange, fetchExchange, mapExchange } from 'urql';
import { readTokenHeaders, refusedForToken, reportRefusedRead, storedReadToken } from './readToken';
import { editorToken } from './state/editorToken';

/**
 * urql's document cache is enough here: the explorer mostly reads, so a normalised cache
 * (Apollo, ~65 KB) would not earn its weight. Always POST: GET /graphql from a browser is the playground.
 * A server with a read token refuses reads without it: the app then asks for it (ReadTokenDialog).
 */
export const client = new Client({
  url: '/graphql',
  exchanges: [
    cacheExchange,
    mapExchange({
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
