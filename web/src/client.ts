import { Client, cacheExchange, fetchExchange } from 'urql';
import { editorToken } from './state/editorToken';

/**
 * urql's document cache is enough here: the explorer mostly reads, so a normalised cache
 * (Apollo, ~65 KB) would not earn its weight. Always POST: GET /graphql from a browser is the playground.
 */
export const client = new Client({
  url: '/graphql',
  exchanges: [cacheExchange, fetchExchange],
  preferGetMethod: false,
  requestPolicy: 'cache-first',
  // Writes need the editor's token; reads go without it unless the editor has signed in.
  fetchOptions: () => {
    const token = editorToken();
    return token ? { headers: { Authorization: `Bearer ${token}` } } : {};
  },
});
