import { describe, expect, it } from 'vitest';
import { controlledWork, settle } from '../../test/controlled-work.js';
import { FirstRuns } from './first-runs.js';

// Issue 11: on a restarted, cold Neo4j every request let in planned the same statements side by side.
describe("a statement's first run", () => {
  it('goes alone: the same text waits for it and then runs, another text does not wait', async () => {
    const firstRuns = new FirstRuns(() => 0);
    const started: string[] = [];
    const [first, same, other] = ['first', 'same', 'other'].map((name) => controlledWork(name, started));
    const done = [
      firstRuns.run('MATCH (a) RETURN a', first!.run),
      firstRuns.run('MATCH (a) RETURN a', same!.run),
      firstRuns.run('MATCH (b) RETURN b', other!.run),
    ];
    await settle();
    expect(started).toEqual(['first', 'other']);
    first!.end();
    await settle();
    expect(started).toEqual(['first', 'other', 'same']);
    same!.end();
    other!.end();
    expect(await Promise.all(done)).toEqual(['first', 'same', 'other']);
  });

  it('is waited for before a turn is taken, and not at all once a run has ended', async () => {
    const firstRuns = new FirstRuns(() => 0);
    const started: string[] = [];
    const first = controlledWork('first', started);
    const running = firstRuns.run('RETURN 1', first.run);
    let waited = false;
    const waiting = firstRuns.waitFor('RETURN 1').then(() => (waited = true));
    await settle();
    expect(waited).toBe(false);
    first.end();
    await Promise.all([running, waiting]);
    expect(waited).toBe(true);
    // Once one run has ended, later ones go at once, side by side.
    const [a, b] = ['a', 'b'].map((name) => controlledWork(name, started));
    const later = [firstRuns.run('RETURN 1', a!.run), firstRuns.run('RETURN 1', b!.run)];
    await settle();
    expect(started).toEqual(['first', 'a', 'b']);
    a!.end();
    b!.end();
    await Promise.all(later);
  });

  it('lets a waiter with no time left go ahead at once, and a failed first run frees the waiters', async () => {
    const firstRuns = new FirstRuns(() => 0);
    const started: string[] = [];
    const first = controlledWork('first', started);
    const running = firstRuns.run('RETURN 2', first.run);
    const hurried = controlledWork('hurried', started);
    const hurrying = firstRuns.run('RETURN 2', hurried.run, 0);
    await settle();
    expect(started).toEqual(['first', 'hurried']);
    hurried.end();
    await hurrying;

    const failing = firstRuns.run('RETURN 3', () => Promise.reject(new Error('timed out')));
    const after = controlledWork('after a failure', started);
    const waiting = firstRuns.run('RETURN 3', after.run);
    await expect(failing).rejects.toThrow('timed out');
    await settle();
    expect(started).toContain('after a failure');
    after.end();
    first.end();
    await Promise.all([waiting, running]);
  });

  it('goes alone again after an outage: a restarted Neo4j has planned nothing', async () => {
    let outages = 0;
    const firstRuns = new FirstRuns(() => outages);
    const started: string[] = [];
    const before = controlledWork('before', started);
    before.end();
    await firstRuns.run('RETURN 4', before.run);
    outages = 1;
    const [first, same] = ['first after', 'same after'].map((name) => controlledWork(name, started));
    const done = [firstRuns.run('RETURN 4', first!.run), firstRuns.run('RETURN 4', same!.run)];
    await settle();
    expect(started).toEqual(['before', 'first after']);
    first!.end();
    same!.end();
    await Promise.all(done);
    expect(started).toEqual(['before', 'first after', 'same after']);
  });
});
