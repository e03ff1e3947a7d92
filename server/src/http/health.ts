import type { RequestHandler } from 'express';
import type { Executor } from '../db/executor.js';

/** GET /health: 200 when the API and Neo4j answer, 503 with the reason otherwise. */
export function healthHandler(executor: Executor): RequestHandler {
  return async (_request, response) => {
    const started = performance.now();
    try {
      await executor.read('RETURN 1 AS ok');
      response.status(200).json({ status: 'ok', database: 'up', latencyMs: Math.round(performance.now() - started) });
    } catch (error) {
      const reason = error instanceof Error ? error.message : 'unknown error';
      response.status(503).json({ status: 'unavailable', database: 'down', reason });
    }
  };
}
