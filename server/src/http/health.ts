import type { RequestHandler } from 'express';
import type { Executor } from '../db/executor.js';

/** How long /health waits for Neo4j before saying it is not answering. */
const HEALTH_TIMEOUT_MS = 1_000;

/**
 * GET /health: 200 when the API and Neo4j answer, 503 with the reason otherwise. While the
 * executor knows the database is down it answers from that, without waiting on Neo4j.
 */
export function healthHandler(executor: Executor): RequestHandler {
  return async (_request, response) => {
    const started = performance.now();
    const outage = executor.availability.outage;
    if (outage) {
      response
        .status(503)
        .json({ status: 'unavailable', database: 'down', reason: outage.reason, since: outage.since });
      return;
    }
    const timeout = new Promise<never>((_resolve, reject) => {
      setTimeout(
        () => reject(new Error(`Neo4j did not answer within ${HEALTH_TIMEOUT_MS} ms`)),
        HEALTH_TIMEOUT_MS,
      ).unref();
    });
    try {
      await Promise.race([executor.ping(), timeout]);
      response.status(200).json({ status: 'ok', database: 'up', latencyMs: Math.round(performance.now() - started) });
    } catch (error) {
      const reason = error instanceof Error ? error.message : 'unknown error';
      response.status(503).json({ status: 'unavailable', database: 'down', reason });
    }
  };
}
