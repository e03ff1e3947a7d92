import { isEmpty, problemCount, qualityReport } from '../graph/quality/repo.js';
import { connectForCli } from './connect.js';

/**
 * `npm run data:check`: counts per label, relationship type and tie kind, and every fact that
 * breaks a rule; exits 1 on any problem, an empty graph included.
 */
const { database } = await connectForCli();
try {
  const report = await qualityReport(database.executor);
  const out = (line: string) => process.stdout.write(`${line}\n`);
  const row = (name: string, count: number) => out(`  ${name.padEnd(16)} ${String(count).padStart(6)}`);
  out('Nodes');
  for (const { label, count } of report.labels) row(label, count);
  out('Relationships');
  for (const { type, count } of report.relationships) row(type, count);
  out('Tied pairs of clusters (planned and initiated agreements are no ties)');
  for (const { label, count } of report.ties) row(label, count);
  out('');
  if (isEmpty(report)) out('The graph is empty (no cluster): load it with `npm run db:reset`.');
  out(`Facts without a source:        ${report.uncited.length}`);
  for (const { label, id } of report.uncited) out(`  ${label} ${id}`);
  out(`Dates more precise than their excerpts: ${report.overPrecise.length}`);
  for (const { label, id, field, date, missing } of report.overPrecise)
    out(`  ${label} ${id}: ${field} ${date} (no excerpt gives the ${missing})`);
  out(`Clusters without a country:    ${report.withoutCountry.length}`);
  for (const { id } of report.withoutCountry) out(`  ${id}`);
  out(`Agreements with neither two parties nor a party and the partnership it faces: ${report.fewParties.length}`);
  for (const { id, parties } of report.fewParties) out(`  ${id} (${parties})`);
  const problems = problemCount(report);
  out(problems === 0 ? '\nNo problems found.' : `\n${problems} problem(s) found.`);
  process.exitCode = problems === 0 ? 0 : 1;
} finally {
  await database.close();
}
