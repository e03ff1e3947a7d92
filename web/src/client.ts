import { Client, cacheExchange, fetchExchange } from 'urql';

/**
 * urql's document cache is enough here: the explorer reads, never writes, so a normalised cache
 * (Apollo, ~65 KB) would not earn its weight. Always POST: GET /graphql from a browser is the playground.
 */
export const client = new Client({
  url: '/graphql',
  exchanges: [cacheExchange, fetchExchange],
  preferGetMethod: false,
  requestPolicy: 'cache-first',
});
