import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { applySchema } from '../src/db/migrations.js';
import { loadEditingFixtures } from '../src/graph/editing/fixtures.js';
import { readImportFile } from '../src/graph/imports/format.js';
import { runImport } from '../src/graph/imports/run.js';
import type { Logger } from '../src/logger.js';
import { syntheticClustersCsv } from '../src/synthetic/import-file.js';
import { withScratchNeo4j } from './database.js';

/**
 * `npm run import` on a 100,000-row clusters file (issue 10's goal: ≥ 20,000 rows/s), on a scratch
 * embedded Neo4j of its own (never the app's or the bench graph's data): the file is written,
 * imported (validate, diff, one transaction in batches with an IMPORT change per row), then
 * imported again (every row unchanged, nothing written). A small file of other rows is imported
 * first and timed apart: on a fresh Neo4j the first statements of each kind are planned and
 * compiled (seconds each on a busy machine), which a running server has done once for all.
 */

export const IMPORT_ROWS = 100_000;
export const IMPORT_GOAL_ROWS_PER_S = 20_000;
const WARM_UP_ROWS = 2_000;

export interface ImportFigures {
  rows: number;
  /** The warm-up import of WARM_UP_ROWS other rows on the fresh database. */
  warmUpSeconds: number;
  /** Reading and parsing the CSV. */
  parseSeconds: number;
  firstSeconds: number;
  againSeconds: number;
  loadAverage: number[];
}

export async function measureImport(options: { logger: Logger; log: (text: string) => void }): Promise<ImportFigures> {
  return withScratchNeo4j({ logger: options.logger }, async (executor, dir) => {
    await applySchema(executor);
    await loadEditingFixtures(executor);
    const warmUpFile = path.join(dir, 'clusters-warm-up.csv');
    await writeFile(warmUpFile, syntheticClustersCsv('warm-up', WARM_UP_ROWS));
    let started = performance.now();
    await runImport({ executor, editor: { name: 'bench' }, file: await readImportFile(warmUpFile), dryRun: false });
    const warmUpSeconds = (performance.now() - started) / 1000;
    const file = path.join(dir, 'clusters-bench.csv');
    await writeFile(file, syntheticClustersCsv('bench', IMPORT_ROWS));
    options.log(`import of ${IMPORT_ROWS.toLocaleString('en')} rows … `);
    started = performance.now();
    const parsed = await readImportFile(file);
    const parseSeconds = (performance.now() - started) / 1000;
    const run = async () => {
      const begun = performance.now();
      const report = await runImport({ executor, editor: { name: 'bench' }, file: parsed, dryRun: false });
      return { report, seconds: (performance.now() - begun) / 1000 };
    };
    const first = await run();
    if (first.report.created.length !== IMPORT_ROWS)
      throw new Error(`The import created ${first.report.created.length} rows.`);
    const again = await run();
    if (again.report.unchanged.length !== IMPORT_ROWS) throw new Error('The second import was not all unchanged.');
    options.log('done\n');
    return {
      rows: IMPORT_ROWS,
      warmUpSeconds,
      parseSeconds,
      firstSeconds: first.seconds,
      againSeconds: again.seconds,
      loadAverage: os.loadavg(),
    };
  });
}

export function renderImport(figures: ImportFigures): string[] {
  const rate = (seconds: number) => Math.round(figures.rows / seconds).toLocaleString('en');
  const total = figures.parseSeconds + figures.firstSeconds;
  return [
    `| import of ${figures.rows.toLocaleString('en')} cluster rows (CSV) | seconds | rows/s |`,
    '| --- | ---: | ---: |',
    `| warm-up on the fresh database: ${WARM_UP_ROWS.toLocaleString('en')} other rows imported first (plans compiled, as on a running server) | ${figures.warmUpSeconds.toFixed(1)} | ${Math.round(WARM_UP_ROWS / figures.warmUpSeconds).toLocaleString('en')} |`,
    `| read and parse the file | ${figures.parseSeconds.toFixed(1)} | ${rate(figures.parseSeconds)} |`,
    `| first import: validate, diff, write (batches of 1,000 rows, one transaction each, an IMPORT change per row) | ${figures.firstSeconds.toFixed(1)} | ${rate(figures.firstSeconds)} |`,
    `| the same file again: every row unchanged, nothing written | ${figures.againSeconds.toFixed(1)} | ${rate(figures.againSeconds)} |`,
    '',
    `Import throughput, file to committed: ${rate(total)} rows/s (goal ≥ ${IMPORT_GOAL_ROWS_PER_S.toLocaleString('en')}: ${
      figures.rows / total >= IMPORT_GOAL_ROWS_PER_S ? 'met' : 'not met'
    }); load average ${figures.loadAverage.map((l) => l.toFixed(1)).join(' ')}.`,
  ];
}
