import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectTestGraph, resetToSeed } from '../../../test/graph.js';
import { createLogger } from '../../logger.js';
import { graphVersion } from '../history/repo.js';
import { onGraphChanged } from '../history/events.js';
import { rehearseWrite } from './repo.js';

/**
 * Issue 11, the reliability suite's outage: the writes of the first seconds after Neo4j's return
 * planned the write path's statements cold, side by side, and ran out of time. The warm-up now
 * rehearses a write first; it must run the whole write path and leave nothing behind.
 */

const graph = connectTestGraph();

beforeAll(async () => {
  await resetToSeed(graph.executor);
});
afterAll(async () => {
  await graph.close();
});

describe('the rehearsed write of the warm-up', () => {
  it('runs the write path (key, claim, citations, change record) and saves and announces nothing', async () => {
    const before = await graphVersion(graph.executor);
    const heard: unknown[] = [];
    const unsubscribe = onGraphChanged((changes) => void heard.push(...changes), { debounceMs: 0 });
    const view = graph.executor.forRequest({ metadata: {}, logger: createLogger('silent') });
    try {
      await rehearseWrite(view);
    } finally {
      unsubscribe();
    }
    expect(view.roundTripCount).toBeGreaterThanOrEqual(6);
    expect(await graphVersion(graph.executor)).toBe(before);
    const left = await graph.executor.read(
      `MATCH (n) WHERE n.id = 'warm-up-rehearsal' OR n.by = 'warm-up' OR n.key CONTAINS 'warm-up-rehearsal' RETURN count(n) AS n`,
    );
    expect(left).toEqual([{ n: 0 }]);
    expect(heard).toEqual([]);
  });
});
