import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { addScores, emptyScore, scoreDocument, type Score } from '../documents/evaluation.js';
import { extractCandidates } from '../documents/extract.js';
import { goldByDocument, organisationNames, placesAndSectors } from '../documents/seed-gold.js';
import { readCatalogue, SEED_DIR } from '../seed/catalogue.js';
import { SEED_DOCUMENTS_DIR } from '../seed/load.js';

/**
 * npm run extract:eval — the extractor on the five source documents, scored against what the
 * curators drew from them. The graph it reads against holds only the seed's countries, regions
 * and sectors, so every organisation and fact must come from the text. Prints the table and
 * every miss and wrong proposal, so that rules are improved on evidence.
 */

/** The seed's copies of the documents (as the seed loader reads them); SEEDS_DIR points elsewhere, e.g. ../shared/seeds. */
const SEEDS = process.env.SEEDS_DIR ?? SEED_DOCUMENTS_DIR;

async function main(): Promise<void> {
  if (!existsSync(SEEDS)) {
    console.error(`The source documents are not at ${SEEDS}; set SEEDS_DIR to the folder that holds them.`);
    process.exit(2);
  }
  const catalogue = await readCatalogue();
  const known = placesAndSectors(catalogue);
  const organisations = organisationNames(catalogue);
  let total = emptyScore();
  const rows: string[][] = [];
  for (const document of await goldByDocument(SEED_DIR, catalogue)) {
    const text = await readFile(path.join(SEEDS, document.file), 'utf8');
    const candidates = extractCandidates(
      { text, ...(document.publishedOn ? { publishedOn: document.publishedOn } : {}) },
      known,
    );
    const score = scoreDocument({
      label: document.file.slice(0, 3),
      text,
      candidates,
      gold: document.gold,
      organisations,
    });
    rows.push(row(document.file.slice(0, 3), score));
    total = addScores(total, score);
  }
  rows.push(row('all', total));
  const header = [
    'doc',
    'org recall',
    'org precision',
    'agreements right parties',
    'agreement precision',
    'missions right dates',
    'mission precision',
    'membership recall',
    'membership precision',
    'event recall',
    'overall precision',
  ];
  console.log(table([header, ...rows]));
  const d = total.dates;
  console.log(
    `\nAgreements matched: kind ${total.agreements.rightKind}/${total.agreements.correct}, status ${total.agreements.rightStatus}/${total.agreements.correct}, date ${total.agreements.rightDate}/${total.agreements.correct}.`,
  );
  console.log(
    `Missions matched: ${total.missions.found}/${total.missions.gold}; right places ${total.missions.rightPlaces}/${total.missions.found}; all curated participants, organisers and hosts named ${total.missions.rightParties}/${total.missions.found}.`,
  );
  console.log(
    `Dates: ${d.exactPrecision}/${d.compared} at the text's exact precision (${pct(d.exactPrecision, d.compared)}), ${d.morePrecise} more precise than the seed, ${d.notInSeed} where the seed gives none.`,
  );
  console.log(
    `Excerpts verbatim at their offsets: ${total.excerpts.verbatim}/${total.excerpts.total} (${pct(total.excerpts.verbatim, total.excerpts.total)}).`,
  );
  console.log(`\nMissed (${total.missed.length}):\n  ${total.missed.join('\n  ')}`);
  console.log(`\nProposed but not in the seed (${total.wrong.length}):\n  ${total.wrong.join('\n  ')}`);
}

function row(label: string, s: Score): string[] {
  const correct =
    s.organisations.correct + s.agreements.correct + s.missions.correct + s.memberships.correct + s.events.correct;
  const proposed =
    s.organisations.proposed + s.agreements.proposed + s.missions.proposed + s.memberships.proposed + s.events.proposed;
  return [
    label,
    frac(s.organisations.found, s.organisations.gold),
    frac(s.organisations.correct, s.organisations.proposed),
    frac(s.agreements.rightParties, s.agreements.gold),
    frac(s.agreements.correct, s.agreements.proposed),
    frac(s.missions.rightDates, s.missions.gold),
    frac(s.missions.correct, s.missions.proposed),
    frac(s.memberships.found, s.memberships.gold),
    frac(s.memberships.correct, s.memberships.proposed),
    frac(s.events.found, s.events.gold),
    frac(correct, proposed),
  ];
}

function frac(a: number, b: number): string {
  return b === 0 ? '–' : `${pct(a, b)} (${a}/${b})`;
}
function pct(a: number, b: number): string {
  return b === 0 ? '–' : `${Math.round((100 * a) / b)}%`;
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(rows[0]!), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.slice(1).map(line)].join('\n');
}

await main();
