/** One HTTP exchange as the suite records it: status, error code, round trips, time, and body. */
export interface Exchange {
  status: number;
  code: string;
  ms: number;
  roundTrips: number | null;
  body: string;
}

/** Sends a request and never throws: a refused connection is status 0 with the reason as its code. */
export async function exchange(url: string, init: RequestInit = {}, timeoutMs = 60_000): Promise<Exchange> {
  const started = performance.now();
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    const body = await response.text();
    const trips = response.headers.get('x-atlas-round-trips');
    return {
      status: response.status,
      code: firstCode(body),
      ms: performance.now() - started,
      roundTrips: trips === null ? null : Number(trips),
      body,
    };
  } catch (error) {
    const reason = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.name) : 'error';
    return { status: 0, code: reason, ms: performance.now() - started, roundTrips: null, body: '' };
  }
}

/** POST /graphql with a JSON body (an object is serialised; a string is sent as it is). */
export function postGraphql(
  base: string,
  body: unknown,
  headers: Record<string, string> = {},
  timeoutMs?: number,
): Promise<Exchange> {
  return exchange(
    `${base}/graphql`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    },
    timeoutMs,
  );
}

function firstCode(body: string): string {
  try {
    const parsed = JSON.parse(body) as { errors?: { extensions?: { code?: unknown } }[] };
    const code = parsed.errors?.[0]?.extensions?.code;
    return typeof code === 'string' ? code : '';
  } catch {
    return '';
  }
}

/** Text that must never reach a client: stacks, file paths, Cypher, driver and Neo4j internals. */
const LEAK =
  /\bat [\w$.<>]+ \(|node_modules|\.ts:\d+|\.js:\d+|Neo\.[A-Z]\w+Error|neo4j-driver|bolt:\/\/|\bMATCH\s*\(|\bMERGE\s*\(|java\.\w+/;
export function leaks(body: string): boolean {
  return LEAK.test(body);
}

/** Percentile of a list of numbers (nearest rank); 0 for an empty list. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
