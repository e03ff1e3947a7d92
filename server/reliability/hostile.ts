import { exchange, leaks, postGraphql, type Exchange } from './http.js';

/**
 * Hostile requests, one per kind: malformed bodies, limits, injection attempts in every argument
 * that reaches Cypher, bad tokens, odd methods and paths. Each must get a 4xx (or a plain 200
 * answer) with a code and no stack, file path, Cypher or driver text.
 */

export interface HostileKind {
  name: string;
  send: (base: string) => Promise<Exchange>;
}

export interface HostileResult extends Exchange {
  name: string;
  leak: boolean;
  ok: boolean;
}

const q = (query: string, variables?: Record<string, unknown>) => ({ query, ...(variables ? { variables } : {}) });
const post =
  (body: unknown, headers: Record<string, string> = {}) =>
  (base: string) =>
    postGraphql(base, body, headers);
const raw = (init: RequestInit & { path?: string }) => (base: string) =>
  exchange(`${base}${init.path ?? '/graphql'}`, init);

const nested = (levels: number, inner = 'id') =>
  `{ cluster(id: "aero-montreal") { ${'agreements { parties { '.repeat(levels)}${inner}${' } }'.repeat(levels)} } }`;
const aliases = (n: number, field = 'stats { nodes { count } }') =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
/** The attack: 20 aliases of cluster → agreements → parties → … ten levels deep. */
export const amplificationQuery = () => {
  let inner = 'id name';
  for (let level = 0; level < 9; level += 1)
    inner = level % 2 === 0 ? `parties { ${inner} }` : `agreements { ${inner} }`;
  return aliases(20, `cluster(id: "aero-montreal") { agreements { ${inner} } }`);
};
const INJECTION = `x") MATCH (n) DETACH DELETE n //`;
const editorHeaders = (token: string) => ({ authorization: `Bearer ${token}` });
const upsert = (input: Record<string, unknown>) =>
  q('mutation ($input: UpsertClusterInput!) { upsertCluster(input: $input) { cluster { id } } }', { input });
const cites = [{ source: { new: { title: 'Hostile', url: 'https://example.org/hostile' } }, excerpt: 'x' }];

export function hostileKinds(editorToken: string): HostileKind[] {
  const asEditor = editorHeaders(editorToken);
  return [
    { name: 'syntax error', send: post(q('{ cluster(id: "x") { name }')) },
    { name: 'empty body', send: raw({ method: 'POST', headers: { 'content-type': 'application/json' }, body: '' }) },
    { name: 'malformed JSON', send: post('{"query": ') },
    { name: 'JSON array (batch)', send: post([q('{ stats { nodes { count } } }'), q('{ sectors { id } }')]) },
    { name: 'body over 256 kB', send: post(q('{ stats { nodes { count } } }', { pad: 'x'.repeat(300_000) })) },
    {
      name: 'text/plain body (CSRF)',
      send: raw({
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: JSON.stringify(q('{ sectors { id } }')),
      }),
    },
    {
      name: 'GET query without preflight',
      send: raw({ method: 'GET', path: `/graphql?query=${encodeURIComponent('{ sectors { id } }')}` }),
    },
    {
      name: 'GET mutation',
      send: raw({
        method: 'GET',
        path: `/graphql?query=${encodeURIComponent('mutation { deleteMission(id: "x") { deletedId } }')}`,
        headers: { 'apollo-require-preflight': '1' },
      }),
    },
    { name: 'no query field', send: post({ variables: {} }) },
    { name: 'query is a number', send: post({ query: 42 }) },
    { name: 'variables is a string', send: post({ query: '{ sectors { id } }', variables: 'nope' }) },
    { name: 'unknown field', send: post(q('{ password }')) },
    { name: 'fragment on unknown type', send: post(q('{ node(id: "x") { ... on Secret { id } } }')) },
    { name: 'depth 13', send: post(q(nested(7))) },
    { name: '21 aliases', send: post(q(aliases(21))) },
    { name: '3,001 tokens', send: post(q(`{ ${'__typename '.repeat(3001)} }`)) },
    { name: '60 directives', send: post(q(`{ sectors { id ${'@include(if: true) '.repeat(60)} } }`)) },
    { name: 'amplification (20 aliases x 10 levels)', send: post(q(amplificationQuery())) },
    { name: 'subscription', send: post(q('subscription { stats { nodes { count } } }')) },
    {
      name: 'introspection ofType x12',
      send: post(q(`{ __schema { types { ${'ofType { '.repeat(12)}name${' }'.repeat(12)} } } }`)),
    },
    {
      name: '2,000 __typename aliases',
      send: post(q(`{ ${Array.from({ length: 2000 }, (_, i) => `t${i}: __typename`).join(' ')} }`)),
    },
    {
      name: 'fragment cycle',
      send: post(q('query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }')),
    },
    {
      name: 'fragment fan-out bomb',
      send: post(
        q(
          `{ countries { ...C0 } } ${Array.from({ length: 6 }, (_, i) => `fragment C${i} on Country { clusters { country { ...C${i + 1} } } }`).join(' ')} fragment C6 on Country { id }`,
        ),
      ),
    },
    { name: 'unknown operationName', send: post({ query: 'query A { sectors { id } }', operationName: 'B' }) },
    { name: 'two operations, no name', send: post(q('query A { sectors { id } } query B { countries { id } }')) },
    {
      name: 'variable of the wrong type',
      send: post(q('query ($id: ID!) { cluster(id: $id) { id } }', { id: { $ne: 1 } })),
    },
    { name: 'missing required variable', send: post(q('query ($id: ID!) { cluster(id: $id) { id } }')) },
    {
      name: 'search text 100 kB',
      send: post(q('query ($t: String!) { search(text: $t) { score } }', { t: 'a'.repeat(100_000) })),
    },
    { name: 'search Lucene syntax', send: post(q('{ search(text: "\\"*~^\\\\ AND OR ( [ {") { score } }')) },
    {
      name: 'search Cypher injection',
      send: post(q('query ($t: String!) { search(text: $t) { score } }', { t: INJECTION })),
    },
    { name: 'cluster id injection', send: post(q('query ($id: ID!) { cluster(id: $id) { id } }', { id: INJECTION })) },
    {
      name: 'cluster id right-to-left override',
      send: post(q('query ($id: ID!) { cluster(id: $id) { id } }', { id: 'aero\u202Emontreal' })),
    },
    {
      name: 'cluster id NUL byte',
      send: post(q('query ($id: ID!) { cluster(id: $id) { id } }', { id: 'aero\u0000' })),
    },
    { name: 'node id empty', send: post(q('{ node(id: "") { id } }')) },
    { name: 'clusters first -1', send: post(q('{ clusters(first: -1) { totalCount } }')) },
    { name: 'clusters first 2^31', send: post(q('{ clusters(first: 2147483648) { totalCount } }')) },
    { name: 'clusters first 100000', send: post(q('{ clusters(first: 100000) { totalCount } }')) },
    { name: 'clusters forged cursor', send: post(q('{ clusters(after: "eyJ4IjoxfQ==") { totalCount } }')) },
    {
      name: 'clusters filter injection',
      send: post(q('query ($c: [String!]) { clusters(filter: { countries: $c }) { totalCount } }', { c: [INJECTION] })),
    },
    {
      name: 'neighbourhood depth 99',
      send: post(q('{ neighbourhood(id: "aero-montreal", depth: 99) { nodes { id } } }')),
    },
    {
      name: 'shortestPath maxHops 1000',
      send: post(q('{ shortestPath(from: "aero-montreal", to: "skywin", maxHops: 1000) { hops } }')),
    },
    {
      name: 'shortestPath to itself',
      send: post(q('{ shortestPath(from: "aero-montreal", to: "aero-montreal") { hops } }')),
    },
    {
      name: 'network years reversed',
      send: post(q('{ network(filter: { fromYear: 2020, toYear: 2000 }) { nodes { id } } }')),
    },
    { name: 'network year 0', send: post(q('{ network(filter: { fromYear: 0 }) { nodes { id } } }')) },
    {
      name: 'network 1,000 sectors',
      send: post(
        q('query ($s: [ID!]) { network(filter: { sectors: $s }) { nodes { id } } }', {
          s: Array.from({ length: 1000 }, (_, i) => `s${i}`),
        }),
      ),
    },
    { name: 'gaps first 100000', send: post(q('{ gaps(first: 100000) { score } }')) },
    {
      name: 'gaps side with script tag',
      send: post(q('{ gaps(filter: { left: { countries: ["<script>"] } }) { score } }')),
    },
    { name: 'mutation without token', send: post(upsert({ name: 'X', citations: cites })) },
    { name: 'mutation with wrong token', send: post(upsert({ name: 'X', citations: cites }), editorHeaders('wrong')) },
    { name: 'mutation name 100 kB', send: post(upsert({ name: 'x'.repeat(100_000), citations: cites }), asEditor) },
    {
      name: 'mutation javascript: website',
      send: post(upsert({ name: 'Hostile', website: 'javascript:alert(1)', citations: cites }), asEditor),
    },
    { name: 'mutation without citation', send: post(upsert({ name: 'Hostile', citations: [] }), asEditor) },
    {
      name: 'mutation year 0000',
      send: post(
        q('mutation ($i: CreateAgreementInput!) { createAgreement(input: $i) { agreement { id } } }', {
          i: {
            name: 'H',
            agreementKind: 'MOU',
            status: 'SIGNED',
            signedOn: '0000',
            parties: ['aero-montreal', 'skywin'],
            citations: cites,
          },
        }),
        asEditor,
      ),
    },
    { name: 'mutation id injection', send: post(upsert({ id: INJECTION, name: 'H', citations: cites }), asEditor) },
    { name: 'bearer token 10 kB', send: post(q('{ sectors { id } }'), editorHeaders('t'.repeat(10_000))) },
    { name: 'x-request-id 1 kB', send: post(q('{ sectors { id } }'), { 'x-request-id': 'r'.repeat(1000) }) },
    { name: 'accept event-stream', send: post(q('{ sectors { id } }'), { accept: 'text/event-stream' }) },
    { name: '@defer', send: post(q('{ ... @defer { sectors { id } } }')) },
    { name: '@stream', send: post(q('{ sectors @stream { id } }')) },
    {
      name: 'persisted query, bogus hash',
      send: post({ extensions: { persistedQuery: { version: 1, sha256Hash: 'deadbeef' } } }),
    },
    {
      name: '__proto__ in variables',
      send: post(
        JSON.stringify({
          query: 'query ($id: ID!) { cluster(id: $id) { id } }',
          variables: JSON.parse('{"__proto__": {"polluted": true}, "id": "x"}'),
        }),
      ),
    },
    {
      name: 'nested list variable 1,000 deep',
      send: post(
        `{"query":"query ($k: [TieKind!]) { cluster(id: \\"x\\") { ties(kinds: $k) { kind } } }","variables":{"k":${'['.repeat(1000)}${']'.repeat(1000)}}}`,
      ),
    },
    {
      name: 'JSON nested 10,000 deep',
      send: post(`{"query":"{ sectors { id } }","variables":{"a":${'['.repeat(10_000)}${']'.repeat(10_000)}}}`),
    },
    {
      name: 'GET variables nested 5,000 deep',
      send: raw({
        method: 'GET',
        path: `/graphql?query=${encodeURIComponent('{ sectors { id } }')}&variables=${'['.repeat(5000)}${']'.repeat(5000)}`,
        headers: { 'apollo-require-preflight': 'true' },
      }),
    },
    {
      name: 'charset utf-16',
      send: raw({
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-16' },
        body: JSON.stringify(q('{ sectors { id } }')),
      }),
    },
    {
      name: 'PUT /graphql',
      send: raw({
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(q('{ sectors { id } }')),
      }),
    },
    { name: 'DELETE /graphql', send: raw({ method: 'DELETE' }) },
    {
      name: 'OPTIONS /graphql from another origin',
      send: raw({
        method: 'OPTIONS',
        headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
      }),
    },
    { name: 'path traversal', send: raw({ method: 'GET', path: '/%2e%2e/%2e%2e/etc/passwd' }) },
    { name: 'path traversal (encoded slash)', send: raw({ method: 'GET', path: '/assets/..%2f..%2fpackage.json' }) },
    {
      name: '__type with a 10 kB name',
      send: post(q('query ($n: String!) { __type(name: $n) { name } }', { n: 'T'.repeat(10_000) })),
    },
    { name: '200 duplicate fields', send: post(q(`{ ${'stats { nodes { count } } '.repeat(200)} }`)) },
  ];
}

/**
 * A message may quote the client's own input back (an unknown country code), whole or cut short:
 * that is no leak, so any quoted start of the injection (8 characters or more) is taken out first.
 */
function withoutQuotedInjection(body: string): string {
  const escaped = JSON.stringify(INJECTION).slice(1, -1);
  let rest = body;
  for (let length = escaped.length; length >= 8; length -= 1) {
    const prefix = escaped.slice(0, length);
    rest = rest.split(prefix).join('').split(prefix.toUpperCase()).join('');
  }
  return rest;
}

/** Sends every kind once, in sequence, and judges each: below 500, and nothing leaked. */
export async function runHostile(base: string, editorToken: string): Promise<HostileResult[]> {
  const results: HostileResult[] = [];
  for (const kind of hostileKinds(editorToken)) {
    const result = await kind.send(base);
    const leak = leaks(withoutQuotedInjection(result.body));
    results.push({ ...result, name: kind.name, leak, ok: result.status > 0 && result.status < 500 && !leak });
  }
  return results;
}
