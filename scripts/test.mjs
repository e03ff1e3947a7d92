#!/usr/bin/env node
// `npm test`: every tier of the suite (unit, integration, e2e) in one Vitest run, then one plain
// line of totals that CI reads: "N passed, N failed" (skipped tests are counted apart).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const dir = mkdtempSync(path.join(os.tmpdir(), 'atlas-test-'));
const report = path.join(dir, 'report.json');
const args = [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
  ...process.argv.slice(2),
];
const child = spawn('npx', args, { stdio: 'inherit' });
child.on('close', (code) => {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  try {
    const results = JSON.parse(readFileSync(report, 'utf8'));
    passed = results.numPassedTests;
    failed = results.numFailedTests;
    skipped = results.numPendingTests + results.numTodoTests;
    // A file that fails to load (syntax error, failed setup) has no tests but is a failure.
    failed += results.testResults.filter(
      (file) => file.status === 'failed' && file.assertionResults.length === 0,
    ).length;
  } catch {
    failed = Math.max(failed, 1);
  }
  rmSync(dir, { recursive: true, force: true });
  if (code !== 0 && failed === 0) failed = 1;
  console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  process.exit(code === 0 && failed === 0 ? 0 : 1);
});
