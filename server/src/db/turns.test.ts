import { describe, expect, it } from 'vitest';
import { controlledWork, settle } from '../../test/controlled-work.js';
import { Turns } from './turns.js';

describe('turns for transactions', () => {
  // Issue 11: a burst of requests on a restarted Neo4j took the whole connection pool at once.
  it('lets a burst run only up to the bound at once, the rest first come first served', async () => {
    const turns = new Turns(2);
    const started: string[] = [];
    const burst = ['a', 'b', 'c', 'd'].map((name) => controlledWork(name, started));
    const done = burst.map((w) => turns.take('request', w.run));
    await settle();
    expect(started).toEqual(['a', 'b']);
    burst[1]!.end();
    await settle();
    expect(started).toEqual(['a', 'b', 'c']);
    for (const w of burst) w.end();
    expect(await Promise.all(done)).toEqual(['a', 'b', 'c', 'd']);
  });

  // The start-up analysis and the drill-down warming competed with the first requests for Neo4j.
  it('gives background work a turn only when no request waits, and one at a time', async () => {
    const turns = new Turns(1);
    const started: string[] = [];
    const first = controlledWork('request 1', started);
    const background = [controlledWork('background 1', started), controlledWork('background 2', started)];
    const second = controlledWork('request 2', started);
    const done = [
      turns.take('request', first.run),
      ...background.map((w) => turns.take('background', w.run)),
      turns.take('request', second.run),
    ];
    await settle();
    expect(started).toEqual(['request 1']);
    first.end();
    await settle();
    // The request that came after the background work goes before it.
    expect(started).toEqual(['request 1', 'request 2']);
    second.end();
    await settle();
    expect(started).toEqual(['request 1', 'request 2', 'background 1']);
    for (const w of background) w.end();
    await Promise.all(done);
    expect(started).toEqual(['request 1', 'request 2', 'background 1', 'background 2']);
  });

  // Each request queued for its turn to the end of its budget, however long the queue.
  it('refuses a request once the head of the queue has waited past the bound or its budget, and admits it again when the queue moves', async () => {
    const turns = new Turns(1, 100);
    const started: string[] = [];
    const [running, head] = ['running', 'head'].map((name) => controlledWork(name, started));
    const queuedAt = performance.now();
    const done = [turns.take('request', running!.run), turns.take('request', head!.run)];
    // The head has waited past the 100 ms bound once this has passed.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const verdict = turns.admit();
    expect(verdict.admitted).toBe(false);
    // The head's wait, on performance.now()'s clock (a timer may fire a fraction of a ms early on it).
    expect(!verdict.admitted && verdict.waitMs).toBeGreaterThan(100);
    expect(!verdict.admitted && verdict.waitMs).toBeLessThanOrEqual(performance.now() - queuedAt);
    // A bound the wait is within admits, unless the request's own budget is shorter than the wait.
    const patient = new Turns(1, 30_000);
    const [other, waiting] = ['other', 'waiting'].map((name) => controlledWork(name, started));
    const patientDone = [patient.take('request', other!.run), patient.take('request', waiting!.run)];
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(patient.admit().admitted).toBe(true);
    expect(patient.admit(100).admitted).toBe(false);
    // The queue moves: nobody waits, so a request is let in.
    running!.end();
    await settle();
    expect(turns.admit()).toEqual({ admitted: true });
    for (const w of [head, other, waiting]) w!.end();
    await Promise.all([...done, ...patientDone]);
  });

  it("runs a request's later transactions before other requests' first ones", async () => {
    const turns = new Turns(1);
    const started: string[] = [];
    const [first, fresh, later] = ['first', 'new request', 'later transaction'].map((name) =>
      controlledWork(name, started),
    );
    const done = [
      turns.take('request', first!.run),
      turns.take('request', fresh!.run),
      turns.take('request', later!.run, { continuing: true }),
    ];
    await settle();
    first!.end();
    await settle();
    expect(started).toEqual(['first', 'later transaction']);
    later!.end();
    fresh!.end();
    await Promise.all(done);
    expect(started).toEqual(['first', 'later transaction', 'new request']);
  });

  it('passes a failure to its caller and frees the turn', async () => {
    const turns = new Turns(1);
    await expect(turns.take('request', () => Promise.reject(new Error('no')))).rejects.toThrow('no');
    expect(await turns.take('request', async () => 'next')).toBe('next');
  });
});
