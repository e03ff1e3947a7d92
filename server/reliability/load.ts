import { print, type DocumentNode } from 'graphql';
import {
  EntityDetailsDocument,
  ExploreNeighbourhoodDocument,
  ExploreNetworkDocument,
  GapsCandidatesDocument,
  GapsMatrixDocument,
  ReferenceDataDocument,
  SearchEntitiesDocument,
  ShortestPathDocument,
} from '../../web/src/gql/graphql.js';
import { percentile, postGraphql, type Exchange } from './http.js';

/**
 * Open-loop load: requests start on a fixed schedule whether or not earlier ones have answered
 * (a slow server gets no breathing room), drawn from the web app's own documents in the
 * proportions a person exploring produces.
 */

export interface Sample extends Exchange {
  kind: string;
  /** When the request started, ms since the load began. */
  at: number;
  /** Sent as x-request-id: the server's log lines for this request carry it. */
  requestId: string;
}

export type Request = { kind: string; body: unknown; headers?: Record<string, string> };

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)] as T;

/**
 * A request for one of the web app's documents, with variables the compiler checks against the
 * document's own (the load once sent a neighbourhood without its required `depth`: every one of
 * them failed with BAD_USER_INPUT).
 */
function ask<V>(
  kind: string,
  document: DocumentNode & { __apiType?: (variables: V) => unknown },
  variables: NoInfer<V>,
): Request {
  return { kind, body: { query: print(document), variables } };
}

/** The explorer's mix: the network and a cluster's details most, gaps and paths less. */
export function explorerMix(clusterIds: readonly string[]): () => Request {
  const weighted: [number, () => Request][] = [
    [25, () => ask('network', ExploreNetworkDocument, { filter: null })],
    [20, () => ask('details', EntityDetailsDocument, { id: pick(clusterIds) })],
    [15, () => ask('search', SearchEntitiesDocument, { text: pick(['aero', 'bio', 'montr', 'auto', 'med', 'tech']) })],
    // The web app's expand: one or two hops around a cluster.
    [
      10,
      () =>
        ask('neighbourhood', ExploreNeighbourhoodDocument, { id: pick(clusterIds), depth: pick([1, 2]), filter: null }),
    ],
    [10, () => ask('path', ShortestPathDocument, { from: pick(clusterIds), to: pick(clusterIds) })],
    [8, () => ask('gaps', GapsCandidatesDocument, { filter: null, first: 20 })],
    [6, () => ask('matrix', GapsMatrixDocument, { filter: null })],
    [6, () => ask('reference', ReferenceDataDocument, {})],
  ];
  const total = weighted.reduce((sum, [weight]) => sum + weight, 0);
  return () => {
    let draw = Math.random() * total;
    for (const [weight, make] of weighted) {
      draw -= weight;
      if (draw <= 0) return make();
    }
    return weighted[0]![1]();
  };
}

/** True when the exchange is a complete answer: 200 and no error in the body. */
export function succeeded(sample: Exchange): boolean {
  return sample.status === 200 && !sample.body.includes('"errors"');
}

/**
 * Runs `next()` at `perSecond` for `seconds` (or until `until()` says stop); resolves with every
 * sample once all have answered.
 */
export async function openLoop(options: {
  base: string;
  perSecond: number;
  seconds?: number;
  until?: () => boolean;
  next: () => Request;
  timeoutMs?: number;
}): Promise<Sample[]> {
  const started = performance.now();
  const pending: Promise<Sample>[] = [];
  const run = Math.round(started).toString(36);
  const interval = 1000 / options.perSecond;
  const done = (i: number) => (options.until ? options.until() : i >= options.perSecond * (options.seconds ?? 0));
  for (let i = 0; !done(i); i += 1) {
    const due = started + i * interval;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const request = options.next();
    const at = performance.now() - started;
    const requestId = `load-${run}-${i}`;
    pending.push(
      postGraphql(
        options.base,
        request.body,
        { ...request.headers, 'x-request-id': requestId },
        options.timeoutMs,
      ).then((result) => ({ ...result, kind: request.kind, at, requestId })),
    );
  }
  return Promise.all(pending);
}

export function summarise(samples: Sample[]): {
  count: number;
  errors: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
} {
  const ms = samples.map((s) => s.ms);
  return {
    count: samples.length,
    errors: samples.filter((s) => !succeeded(s)).length,
    p50: percentile(ms, 50),
    p95: percentile(ms, 95),
    p99: percentile(ms, 99),
    max: Math.max(0, ...ms),
  };
}
