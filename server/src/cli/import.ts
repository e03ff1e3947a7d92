import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { SingleBar } from 'cli-progress';
import { SHORTCUT_EDITOR } from '../auth.js';
import { applySchema } from '../db/migrations.js';
import { fileSource, IMPORT_KINDS, ImportFileError, readImportFile, type ImportKind } from '../graph/imports/format.js';
import { runImport } from '../graph/imports/run.js';
import { connectForCli } from './connect.js';

/**
 * `npm run import -- FILE [--dry-run] [--kind clusters] [--source-url URL --source-title TITLE]
 * [--editor NAME]`: see docs/import.md. Prints the diff; rejected rows go to FILE.rejected.json.
 */
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'dry-run': { type: 'boolean', default: false },
    kind: { type: 'string' },
    'source-url': { type: 'string' },
    'source-title': { type: 'string' },
    'source-publisher': { type: 'string' },
    editor: { type: 'string', default: process.env['ATLAS_IMPORT_EDITOR'] ?? SHORTCUT_EDITOR },
  },
});
const [file] = positionals;
if (!file || (values.kind && !(IMPORT_KINDS as readonly string[]).includes(values.kind))) {
  process.stderr.write(`Usage: npm run import -- FILE [--dry-run] [--kind ${IMPORT_KINDS.join('|')}]\n`);
  process.exit(2);
}
const fallback = values['source-url']
  ? fileSource.parse({
      url: values['source-url'],
      title: values['source-title'] ?? values['source-url'],
      publisher: values['source-publisher'],
    })
  : null;

let parsed;
try {
  parsed = await readImportFile(file, values.kind ? { kind: values.kind as ImportKind } : {});
} catch (error) {
  if (!(error instanceof ImportFileError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}

const { database } = await connectForCli();
const bar = new SingleBar({ format: 'Importing {bar} {value}/{total} rows', hideCursor: true });
try {
  await applySchema(database.executor);
  const report = await runImport({
    executor: database.executor,
    editor: { name: values.editor },
    file: parsed,
    dryRun: values['dry-run'],
    source: fallback,
    onProgress: (done, total) => (done === 0 ? bar.start(total, 0) : bar.update(done)),
  });
  bar.stop();
  const out = (line: string) => process.stdout.write(`${line}\n`);
  out(
    `${values['dry-run'] ? 'Dry run (nothing written)' : 'Imported'}: ${report.rows} ${report.kind} rows from ${file}`,
  );
  out(`  created     ${report.created.length}`);
  out(`  updated     ${report.updated.length}`);
  out(`  unchanged   ${report.unchanged.length}`);
  out(`  rejected    ${report.rejected.length}`);
  out(`  duplicates  ${report.duplicates.length} (probable: not created)`);
  if (report.newSources.length > 0) out(`  new sources ${report.newSources.join(', ')}`);
  for (const id of report.created.slice(0, 20)) out(`  + ${id}`);
  for (const id of report.updated.slice(0, 20)) out(`  ~ ${id}`);
  for (const duplicate of report.duplicates.slice(0, 20))
    out(
      `  ? line ${duplicate.line} "${duplicate.name}" looks like ${duplicate.matches.join(', ')}: give its id to update it`,
    );
  for (const problem of report.rejected.slice(0, 20))
    out(`  ! ${problem.file}:${problem.line}${problem.column ? ` (${problem.column})` : ''}: ${problem.message}`);
  if (report.rejected.length > 0) {
    const rejectedFile = path.join(path.dirname(file), `${path.basename(file, path.extname(file))}.rejected.json`);
    await writeFile(rejectedFile, `${JSON.stringify(report.rejected, null, 2)}\n`);
    out(`Rejected rows, with their problems: ${rejectedFile}`);
    process.exitCode = 1;
  }
} finally {
  bar.stop();
  await database.close();
}
