import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../../../test/api.js';
import { connectTestGraph, resetToSeed } from '../../../test/graph.js';
import { newsPage, pdfWithLines } from '../../documents/fixtures.js';
import { addEditor } from '../../graph/editors/repo.js';

/**
 * Document to graph through the API, on the seed: a press release proposes a known cluster
 * (match), a new one and their MoU; accepting writes through the editing write path, cited to the
 * document's Source with the excerpt, by the named editor, in the history; a rejected candidate
 * stays with its review; a PDF and an HTML page go through the same flow.
 */

const graph = connectTestGraph();
let api: TestApi;
let asEditor: string;

const RELEASE =
  'MONTREAL, March 3, 2026 - Aéro Montréal and Lumen Valley (Lyon, France) signed a memorandum of understanding on aerospace photonics. ' +
  'The partners will present it at the Photonics Days 2026 in Lyon.';

const CANDIDATE = `id kind status name match { id } parties { name match { id } } agreementKind agreementStatus startsOn
  country excerpt start end confidence reasons decidedBy reason entity { id }`;
const PROPOSE = `
mutation Propose($document: DocumentInput!) {
  proposeFacts(document: $document) { id title text source { id title } candidates { ${CANDIDATE} } }
}`;
const REVIEW = `query Review($id: ID!) { documentReview(id: $id) { id text createdBy candidates { ${CANDIDATE} } } }`;
const ACCEPT = `mutation Accept($id: ID!, $edit: CandidateEditInput) { acceptCandidate(id: $id, edit: $edit) { id name entityKind } }`;
const REJECT = `mutation Reject($id: ID!, $reason: String) { rejectCandidate(id: $id, reason: $reason) { id status reason decidedBy } }`;
const AGREEMENT = `
query Agreement($id: ID!) {
  node(id: $id) { ... on Agreement { id agreementKind status parties { id name country { code } } citations { excerpt source { id title } } } }
}`;
const CHANGES = `query Changes($id: ID!) { changes(entity: $id) { edges { node { by operation source { id } } } } }`;

interface Candidate {
  id: string;
  kind: string;
  status: string;
  name: string;
  match: { id: string } | null;
  parties: { name: string; match: { id: string } | null }[];
  agreementKind: string | null;
  country: string | null;
  excerpt: string;
  start: number;
  end: number;
  decidedBy: string | null;
  entity: { id: string } | null;
}
interface Review {
  id: string;
  text: string;
  source: { id: string; title: string };
  candidates: Candidate[];
}

async function run<T = Record<string, unknown>>(query: string, variables: Record<string, unknown>): Promise<T> {
  const { data, errors } = await api.execute<T>(query, { variables, authorization: asEditor });
  expect(errors ?? []).toEqual([]);
  return data as T;
}

async function propose(document: Record<string, unknown>): Promise<Review> {
  return (await run<{ proposeFacts: Review }>(PROPOSE, { document })).proposeFacts;
}

const find = (review: Review, kind: string, name: string) => {
  const found = review.candidates.find((c) => c.kind === kind && c.name.includes(name));
  if (!found)
    throw new Error(`no ${kind} candidate named ${name} in ${JSON.stringify(review.candidates.map((c) => c.name))}`);
  return found;
};

beforeAll(async () => {
  await resetToSeed(graph.executor);
  const { token } = await addEditor(graph.executor, `Ada ${Date.now()}`);
  asEditor = `Bearer ${token}`;
  api = await createTestApi({ executor: graph.executor });
});

afterAll(async () => {
  await api.stop();
  await graph.close();
});

describe('document to graph', () => {
  it('proposes, and accepting writes the organisation and the MoU, cited and recorded, through the write path', async () => {
    const review = await propose({
      title: 'Aéro Montréal and Lumen Valley sign an MoU',
      text: RELEASE,
      publisher: 'Lumen Valley',
    });
    for (const c of review.candidates) expect(review.text.slice(c.start, c.end)).toBe(c.excerpt);
    expect(find(review, 'ORGANISATION', 'Aéro Montréal').match?.id).toBe('aero-montreal');
    const lumen = find(review, 'ORGANISATION', 'Lumen Valley');
    expect(lumen).toMatchObject({ match: null, country: 'FR' });
    const mou = find(review, 'AGREEMENT', 'Lumen Valley');
    expect(mou).toMatchObject({ agreementKind: 'MOU', startsOn: '2026-03-03' });

    // Accepting the agreement first creates the new organisation it needs.
    const accepted = (await run<{ acceptCandidate: { id: string; entityKind: string } }>(ACCEPT, { id: mou.id }))
      .acceptCandidate;
    expect(accepted.entityKind).toBe('AGREEMENT');
    const agreement = (await run<{ node: Record<string, unknown> }>(AGREEMENT, { id: accepted.id })).node;
    expect(agreement).toMatchObject({ agreementKind: 'MOU', status: 'SIGNED' });
    const parties = agreement['parties'] as { id: string; name: string; country: { code: string } | null }[];
    expect(parties.map((p) => p.name).sort()).toEqual(['Aéro Montréal', 'Lumen Valley']);
    expect(parties.find((p) => p.name === 'Lumen Valley')?.country?.code).toBe('FR');
    expect(agreement['citations']).toEqual([{ excerpt: mou.excerpt, source: review.source }]);

    const changes = await run<{
      changes: { edges: { node: { by: string; operation: string; source: { id: string } | null } }[] };
    }>(CHANGES, {
      id: accepted.id,
    });
    expect(changes.changes.edges.map((e) => e.node)).toEqual([
      { by: expect.stringMatching(/^Ada /), operation: 'CREATE', source: { id: review.source.id } },
    ]);

    // The organisation's own candidate was accepted with it; the review keeps both decisions.
    const after = (await run<{ documentReview: Review }>(REVIEW, { id: review.id })).documentReview;
    expect(find(after, 'AGREEMENT', 'Lumen Valley')).toMatchObject({ status: 'ACCEPTED', entity: { id: accepted.id } });
    expect(find(after, 'ORGANISATION', 'Lumen Valley')).toMatchObject({
      status: 'ACCEPTED',
      decidedBy: expect.stringMatching(/^Ada /),
    });

    // The document is stored as a Source with its full text.
    const [stored] = await graph.executor.read<{ text: string }>('MATCH (s:Source {id: $id}) RETURN s.text AS text', {
      id: review.source.id,
    });
    expect(stored?.text).toBe(RELEASE);
  });

  it('keeps a rejected candidate with its reason, and refuses a second decision', async () => {
    const review = await propose({ title: 'Photonics Days', text: RELEASE });
    const event = find(review, 'EVENT', 'Photonics Days');
    const rejected = (
      await run<{ rejectCandidate: Record<string, unknown> }>(REJECT, { id: event.id, reason: 'An event, not a tie' })
    ).rejectCandidate;
    expect(rejected).toMatchObject({ status: 'REJECTED', reason: 'An event, not a tie' });
    const again = await api.execute(ACCEPT, { variables: { id: event.id }, authorization: asEditor });
    expect(again.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
    const after = (await run<{ documentReview: Review }>(REVIEW, { id: review.id })).documentReview;
    expect(find(after, 'EVENT', 'Photonics Days').status).toBe('REJECTED');
  });

  it('answers a retried proposal, acceptance or rejection (same Idempotency-Key) as the first time, and writes once', async () => {
    const key = `retry-${Date.now()}`;
    const document = { title: 'Retried release', text: RELEASE };
    const send = <T>(query: string, variables: Record<string, unknown>, suffix: string) =>
      api.execute<T>(query, { variables, authorization: asEditor, idempotencyKey: `${key}-${suffix}` });
    const reviewsNow = async () =>
      (await graph.executor.read<{ n: number }>('MATCH (r:Review) RETURN count(r) AS n', {}))[0]?.n;

    const first = await send<{ proposeFacts: Review }>(PROPOSE, { document }, 'propose');
    const reviews = await reviewsNow();
    const again = await send<{ proposeFacts: Review }>(PROPOSE, { document }, 'propose');
    expect(again.errors ?? []).toEqual([]);
    expect(again.data?.proposeFacts.id).toBe(first.data?.proposeFacts.id);
    expect(await reviewsNow()).toBe(reviews);

    const review = first.data!.proposeFacts;
    const mou = find(review, 'AGREEMENT', 'Lumen Valley');
    const accepted = await send<{ acceptCandidate: { id: string } }>(ACCEPT, { id: mou.id }, 'accept');
    const changesOf = async () =>
      (await run<{ changes: { edges: unknown[] } }>(CHANGES, { id: accepted.data!.acceptCandidate.id })).changes.edges
        .length;
    const changes = await changesOf();
    const acceptedAgain = await send<{ acceptCandidate: { id: string } }>(ACCEPT, { id: mou.id }, 'accept');
    expect(acceptedAgain.errors ?? []).toEqual([]);
    expect(acceptedAgain.data?.acceptCandidate.id).toBe(accepted.data?.acceptCandidate.id);
    expect(await changesOf()).toBe(changes);

    const event = find(review, 'EVENT', 'Photonics Days');
    await send(REJECT, { id: event.id, reason: 'Not a tie' }, 'reject');
    const rejectedAgain = await send<{ rejectCandidate: { status: string } }>(
      REJECT,
      { id: event.id, reason: 'Not a tie' },
      'reject',
    );
    expect(rejectedAgain.errors ?? []).toEqual([]);
    expect(rejectedAgain.data?.rejectCandidate.status).toBe('REJECTED');
    // Without the key, a second decision is still refused.
    const unkeyed = await api.execute(REJECT, { variables: { id: event.id }, authorization: asEditor });
    expect(unkeyed.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
  });

  it('accepts a partnership membership and an event: members added (a new one created first), the event in its region, each cited and recorded', async () => {
    const review = await propose({
      title: 'PIMAP grows',
      text:
        'PIMAP Partnership gathers three clusters: Skywin (BE), Aéro Montréal (CA) and Nordic Light Cluster (SE).\n' +
        'The partners will present it at the Photonics Days 2026 in Montreal.',
    });
    const membership = find(review, 'PARTNERSHIP', 'PIMAP');
    expect(membership.parties.map((p) => p.name)).toEqual(['Skywin', 'Aéro Montréal', 'Nordic Light Cluster']);
    const partnership = (
      await run<{ acceptCandidate: { id: string; entityKind: string } }>(ACCEPT, { id: membership.id })
    ).acceptCandidate;
    expect(partnership.entityKind).toBe('PARTNERSHIP');
    const members = await graph.executor.read<{ id: string; country: string | null; role: string }>(
      `MATCH (c:Cluster)-[m:MEMBER_OF]->(:Partnership {id: $id}) RETURN c.id AS id, c.countryCode AS country, m.role AS role ORDER BY id`,
      { id: partnership.id },
    );
    expect(members.map((m) => [m.id, m.role])).toEqual([
      ['aero-montreal', 'PARTNER'],
      ['nordic-light-cluster', 'PARTNER'],
      ['skywin', 'PARTNER'],
    ]);
    expect(members.find((m) => m.id === 'nordic-light-cluster')?.country).toBe('SE');

    const event = find(review, 'EVENT', 'Photonics Days');
    const written = (await run<{ acceptCandidate: { id: string; entityKind: string } }>(ACCEPT, { id: event.id }))
      .acceptCandidate;
    expect(written.entityKind).toBe('EVENT');
    const [stored] = await graph.executor.read<{ region: string; excerpt: string; source: string }>(
      `MATCH (e:Event {id: $id})-[:IN]->(r:Region), (e)-[c:CITED_IN]->(s:Source)
       RETURN r.id AS region, c.excerpt AS excerpt, s.id AS source`,
      { id: written.id },
    );
    expect(stored).toEqual({ region: 'montreal', excerpt: event.excerpt, source: review.source.id });
    for (const id of [partnership.id, written.id]) {
      const changes = await run<{ changes: { edges: { node: { by: string; operation: string } }[] } }>(CHANGES, { id });
      expect(changes.changes.edges[0]?.node).toMatchObject({ by: expect.stringMatching(/^Ada /), operation: 'CREATE' });
    }
  });

  it('edits then accepts: a new organisation with no country in the text gets one from the reviewer', async () => {
    const review = await propose({
      title: 'Nordlys',
      text: 'Skywin signed a cooperation agreement with the Nordlys Cluster in 2025.',
    });
    const nordlys = find(review, 'ORGANISATION', 'Nordlys Cluster');
    const cooperation = find(review, 'AGREEMENT', 'Nordlys Cluster');
    const refused = await api.execute(ACCEPT, { variables: { id: nordlys.id }, authorization: asEditor });
    expect(refused.errors?.[0]?.message).toMatch(/which country/);
    const refusedFact = await api.execute(ACCEPT, { variables: { id: cooperation.id }, authorization: asEditor });
    expect(refusedFact.errors?.[0]?.message).toMatch(/which country Nordlys Cluster is in/);
    const written = (
      await run<{ acceptCandidate: { id: string; name: string } }>(ACCEPT, {
        id: nordlys.id,
        edit: { country: 'DK', name: 'Nordlys' },
      })
    ).acceptCandidate;
    expect(written.name).toBe('Nordlys');
    // The agreement names it as the text does; it is the organisation just accepted under its new name.
    const agreement = (await run<{ acceptCandidate: { id: string } }>(ACCEPT, { id: cooperation.id })).acceptCandidate;
    const parties = (await run<{ node: { parties: { id: string }[] } }>(AGREEMENT, { id: agreement.id })).node.parties;
    expect(parties.map((p) => p.id).sort()).toEqual([written.id, 'skywin'].sort());
  });

  it('reads a PDF and an HTML page through the same flow', async () => {
    const line = 'Skywin and Lumen Valley (Lyon, France) signed an MoU in June 2024.';
    const pdf = await propose({
      title: 'A PDF release',
      text: pdfWithLines([line, 'More news follows.']),
      format: 'PDF',
    });
    expect(pdf.text.split('\n')[0]).toBe(line);
    const pdfMou = find(pdf, 'AGREEMENT', 'Skywin');
    expect(pdf.text.slice(pdfMou.start, pdfMou.end)).toBe(pdfMou.excerpt);
    const written = (await run<{ acceptCandidate: { entityKind: string } }>(ACCEPT, { id: pdfMou.id })).acceptCandidate;
    expect(written.entityKind).toBe('AGREEMENT');

    const html = await propose({
      title: 'A web page',
      text: newsPage('MoU news', [line.replace('June', 'July')]),
      format: 'HTML',
    });
    expect(html.text).not.toMatch(/<p>|Privacy/);
    const htmlMou = find(html, 'AGREEMENT', 'Skywin');
    expect(htmlMou).toMatchObject({ agreementKind: 'MOU' });
    expect(html.text.slice(htmlMou.start, htmlMou.end)).toBe(htmlMou.excerpt);
  });
});
