import os from 'node:os';
import { describe, expect, it } from 'vitest';
import * as queries from './queries.js';
import { ANALYSIS_CONCURRENCY } from './repo.js';

/**
 * Issue 11, the reliability suite's 50 req/s: the analysis' algorithms ran on GDS's default of 4
 * threads on a two-core machine, and while the first run after start-up went on, requests waited.
 */
describe('the analysis beside serving', () => {
  it('runs every algorithm on $concurrency threads, which leaves a core to the requests', () => {
    const algorithms = Object.values(queries).filter(
      (cypher): cypher is string => typeof cypher === 'string' && /CALL gds\.(?!graph\.)\w+\.stream\(/.test(cypher),
    );
    expect(algorithms.length).toBeGreaterThanOrEqual(6);
    for (const cypher of algorithms) expect(cypher).toMatch(/concurrency: (toInteger\(\$concurrency\)|1)\}/);
    // Fewer threads than cores (one on a one-core machine).
    expect(ANALYSIS_CONCURRENCY).toBe(Math.max(1, os.availableParallelism() - 1));
  });
});
