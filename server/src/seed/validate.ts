import { readCatalogue, SeedError } from './catalogue.js';

/** Validates the seed files without a database: `npx tsx server/src/seed/validate.ts`. */
try {
  const catalogue = await readCatalogue();
  for (const [kind, list] of Object.entries(catalogue)) process.stdout.write(`${kind.padEnd(14)} ${list.length}\n`);
  process.stdout.write('seed is valid\n');
} catch (error) {
  if (!(error instanceof SeedError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 1;
}
