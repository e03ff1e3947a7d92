import { afterAll, describe, expect, it } from 'vitest';
import { connectTestGraph } from '../../test/graph.js';

/**
 * The executor skips the driver's stack capture for each statement (a CPU cost per request under
 * load): a statement that fails says which statement it was instead, read or write.
 */

const graph = connectTestGraph();
afterAll(async () => {
  graph.executor.availability.stop();
  await graph.close();
});

describe('a failed statement', () => {
  it('names the statement on its error, in a read and in a write', async () => {
    const read = await graph.executor
      .read('RETURN 1 / toInteger($zero) AS never', { zero: 0 })
      .catch((error: unknown) => error);
    expect(read).toBeInstanceOf(Error);
    expect((read as Error).stack).toContain('in the statement RETURN 1 / toInteger($zero) AS never');
    const write = await graph.executor
      .write((tx) => tx.run('CREATE (:StatementErrorProbe {at: 1 / toInteger($zero)})', { zero: 0 }))
      .catch((error: unknown) => error);
    expect((write as Error).stack).toContain('in the statement CREATE (:StatementErrorProbe');
  });
});
