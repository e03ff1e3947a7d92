/**
 * Latency of each contract query against a running server: p50 and p95 over N runs, and the
 * Cypher round trips the server reports (X-Atlas-Round-Trips). Starts nothing itself.
 *
 *   npx tsx server/bench/latency.ts [url] [runs]      (default http://127.0.0.1:4000/graphql, 30)
 *   npm run latency -w server -- http://127.0.0.1:4100/graphql 50
 */

const url = process.argv[2] ?? process.env.ATLAS_URL ?? 'http://127.0.0.1:4000/graphql';
const runs = Number(process.argv[3] ?? 30);
const authorization = process.env.ATLAS_TOKEN ? `Bearer ${process.env.ATLAS_TOKEN}` : undefined;

/** One operation per contract query. */
const OPERATIONS: Record<string, string> = {
  node: '{ node(id: "aero-montreal") { id name entityKind citations { excerpt source { title } } } }',
  search: '{ search(text: "aero montr", first: 10) { score entity { id name entityKind } } }',
  cluster:
    '{ cluster(id: "aero-montreal") { name acronym aliases clusterKind country { name } region { name } sectors { name } agreements { name parties { name } } missions { name } partnerships { name } ties { kind year cluster { name } via { id } } citations { excerpt source { title } } } }',
  clusters50:
    '{ clusters(first: 50) { totalCount edges { node { id name sectors { id name } country { code name } agreements { id parties { id name } } } } } }',
  agreements:
    '{ agreements(first: 50) { totalCount edges { cursor node { name agreementKind status signedOn parties { name } sectors { name } } } } }',
  missions:
    '{ missions(first: 50) { totalCount edges { node { name status startsOn organisers { name } participants { name } met { name } visited { name } } } } }',
  partnerships:
    '{ partnerships(first: 50) { totalCount edges { node { name acronym members { name } targetCountries { code } sectors { name } } } } }',
  countries: '{ countries { code name eu regions { name } } }',
  regions: '{ regions(country: "CA") { name country { code } parent { name } clusters { name } } }',
  sectors: '{ sectors { id name parent { id } children { id } } }',
  network:
    '{ network { nodes { id label entityKind country sectors degree } edges { id source target kind via years weight } } }',
  networkFiltered:
    '{ network(filter: { countries: ["CA", "FR", "BE"], tieKinds: [AGREEMENT, MISSION], fromYear: 2010 }) { nodes { id degree } edges { id weight } } }',
  neighbourhood:
    '{ neighbourhood(id: "aero-montreal", depth: 2) { nodes { id label degree } edges { id source target kind weight } } }',
  shortestPath:
    '{ shortestPath(from: "aerospace-valley", to: "aviation-valley") { hops nodes { id label } edges { kind via } } }',
  stats: '{ stats { nodes { label count } ties { label count } } }',
  gaps: '{ gaps(first: 20) { left { name } right { name } sector { name } score reasons } }',
  cooperationMatrix:
    '{ cooperationMatrix { cells { sector { name } leftClusters rightClusters ties gapIndex } underServed { id name } } }',
};

async function run(query: string): Promise<{ ms: number; roundTrips: number }> {
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { errors?: { message: string }[] };
  const ms = performance.now() - started;
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return { ms, roundTrips: Number(response.headers.get('x-atlas-round-trips') ?? Number.NaN) };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;

const rows: string[][] = [];
for (const [name, query] of Object.entries(OPERATIONS)) {
  await run(query); // warm-up: plans cached, connections open
  const times: number[] = [];
  let roundTrips = 0;
  for (let i = 0; i < runs; i += 1) {
    const result = await run(query);
    times.push(result.ms);
    roundTrips = result.roundTrips;
  }
  times.sort((a, b) => a - b);
  rows.push([name, percentile(times, 50).toFixed(1), percentile(times, 95).toFixed(1), String(roundTrips)]);
}

const header = ['query', 'p50 ms', 'p95 ms', 'round trips'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
const line = (cells: string[]) =>
  cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
process.stdout.write(`${url}, ${runs} runs per query\n${line(header)}\n${rows.map(line).join('\n')}\n`);
