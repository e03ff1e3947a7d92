import { isEmpty, problemCount, qualityReport } from '../graph/quality/repo.js';
import { connectForCli } from './connect.js';

/** `npm run data:check`: counts per label and relationship type, and every fact that breaks a rule. */
const { database } = await connectForCli();
try {
  const report = await qualityReport(database.executor);
  const out = (line: string) => process.stdout.write(`${line}\n`);
  out('Nodes');
  for (const { label, count } of report.labels) out(`  ${label.padEnd(16)} ${String(count).padStart(6)}`);
  out('Relationships');
  for (const { type, count } of report.relationships) out(`  ${type.padEnd(16)} ${String(count).padStart(6)}`);
  out('');
  if (isEmpty(report)) out('The graph is empty (no cluster): load it with `npm run db:reset`.');
  out(`Facts without a source:        ${report.uncited.length}`);
  for (const { label, id } of report.uncited) out(`  ${label} ${id}`);
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
