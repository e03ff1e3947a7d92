import { Client, cacheExchange, fetchExchange, mapExchange } from 'urql';
import { readTokenHeaders, refusedForToken, reportRefusedRead, storedReadToken } from './readToken';

/**
 * urql's document cache is enough here: the explorer reads, never writes, so a normalised cache
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
  fetchOptions: () => ({ headers: readTokenHeaders(storedReadToken()) }),
  preferGetMethod: false,
  requestPolicy: 'cache-first',
});
