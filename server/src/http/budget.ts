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

/**
 * An upper bound on the length of `value` as JSON, stopping once past `limit`: every character of
 * a string counted as a six-character escape, every number as 24. It allocates nothing, where
 * JSON.stringify of each answer to measure it cost as much as Apollo's own serialisation (2% of
 * the server's busy time on the clusters page) and its garbage. Infinity for anything not JSON.
 */
export function jsonLengthBound(value: unknown, limit: number): number {
  if (value === null || typeof value === 'boolean') return 5;
  if (typeof value === 'number') return 24;
  if (typeof value === 'string') return 2 + 6 * value.length;
  if (typeof value !== 'object') return Infinity;
  let total = 2;
  if (Array.isArray(value)) {
    for (const item of value) {
      total += 1 + jsonLengthBound(item, limit - total);
      if (total > limit) return total;
    }
    return total;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null) return Infinity;
  for (const key in value) {
    total += 4 + 6 * key.length + jsonLengthBound((value as Record<string, unknown>)[key], limit - total);
    if (total > limit) return total;
  }
  return total;
}

/** Whether an answer's data is over the budget: measured exactly only when the bound cannot tell. */
const tooLarge = (data: unknown) =>
  jsonLengthBound(data, REQUEST_BUDGET.responseBytes) > REQUEST_BUDGET.responseBytes &&
  JSON.stringify(data).length > REQUEST_BUDGET.responseBytes;

/** One error for a request over budget, rather than one per field that hit the budget and partial data. */
export function budgetPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          const overBudget = result.errors?.find((e) => BUDGET_CODES.has(String(e.extensions?.code)));
          const large =
            !overBudget && result.data && tooLarge(result.data)
              ? responseTooLarge(REQUEST_BUDGET.responseBytes)
              : undefined;
          const error = overBudget ?? (large && { message: large.message, extensions: { code: large.code } });
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
