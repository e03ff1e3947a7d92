import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context.js';
import { responseTooLarge } from '../errors.js';

/**
 * What one request may spend while it runs, beyond the limits checked before it starts
 * (limits.ts): time, enforced by the executor before every statement and as each transaction's
 * timeout, and the size of its answer, checked here before it is sent. Past either, the request
 * stops with one clear error instead of a partial answer.
 */
export const REQUEST_BUDGET = {
  ms: 30_000,
  responseBytes: 10_000_000,
} as const;

const BUDGET_CODES = new Set(['TIME_BUDGET_EXCEEDED', 'RESPONSE_TOO_LARGE']);

/** One error for a request over budget, rather than one per field that hit the budget and partial data. */
export function budgetPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          const overBudget = result.errors?.find((e) => BUDGET_CODES.has(String(e.extensions?.code)));
          const tooLarge =
            !overBudget && result.data && JSON.stringify(result.data).length > REQUEST_BUDGET.responseBytes
              ? responseTooLarge(REQUEST_BUDGET.responseBytes)
              : undefined;
          const error = overBudget ?? (tooLarge && { message: tooLarge.message, extensions: { code: tooLarge.code } });
          if (!error) return;
          response.body.singleResult = {
            data: null,
            errors: [{ message: error.message, extensions: error.extensions }],
          };
          response.http.status = 400;
        },
      };
    },
  };
}
