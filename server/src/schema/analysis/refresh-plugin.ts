import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../../context.js';

/**
 * Every mutation that succeeded changed the graph: the analysis reruns (debounced). Writes outside
 * the API (the import CLI, db:reset) are picked up at the next start.
 */
export function analysisRefreshPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, operation, errors }) {
          if (operation?.operation === 'mutation' && !errors?.length) contextValue.analysis?.changed();
        },
      };
    },
  };
}
