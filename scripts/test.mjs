#!/usr/bin/env node
// `npm test`: every tier of the suite (unit, integration, e2e), then one plain line of totals that
// CI reads: "N passed, N failed" (skipped tests are counted apart).
//
// Two Vitest runs side by side: unit and integration in one, the browser tests in the other. The
// tiers share nothing (each starts its own Neo4j) and spend most of their time waiting on a JVM or
// a page; in one run, Vitest puts every project whose files go one at a time into one queue, so
// the two tiers ran one after the other. Given `--project`, one run of what was asked.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const given = process.argv.slice(2);
const runs = given.includes('--project')
  ? [given]
  : // A file filter may match no browser test, or no other one: that run has nothing to do.
    [
      ['--project', 'unit', '--project', 'integration', '--passWithNoTests', ...given],
      ['--project', 'e2e', '--passWithNoTests', ...given],
    ];

const dir = mkdtempSync(path.join(os.tmpdir(), 'atlas-test-'));

/** One Vitest run with its JSON report; resolves to its totals. */
function run(args, index) {
  const report = path.join(dir, `report-${index}.json`);
  const child = spawn(
    'npx',
    ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...args],
    { stdio: 'inherit' },
  );
  return new Promise((resolve) => {
    child.on('close', (code) => {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      try {
        const results = JSON.parse(readFileSync(report, 'utf8'));
        totals.passed = results.numPassedTests;
        totals.failed = results.numFailedTests;
        totals.skipped = results.numPendingTests + results.numTodoTests;
        // A file that fails to load (syntax error, failed setup) has no tests but is a failure.
        totals.failed += results.testResults.filter(
          (file) => file.status === 'failed' && file.assertionResults.length === 0,
        ).length;
      } catch {
        totals.failed = Math.max(totals.failed, 1);
      }
      if (code !== 0 && totals.failed === 0) totals.failed = 1;
      resolve(totals);
    });
  });
}

const results = await Promise.all(runs.map(run));
rmSync(dir, { recursive: true, force: true });
const sum = (key) => results.reduce((total, result) => total + result[key], 0);
const [passed, failed, skipped] = [sum('passed'), sum('failed'), sum('skipped')];
// Nothing run at all is a mistake (a filter that matches no file), not a success.
const none = passed + failed + skipped === 0;
if (none) console.log('No test matched what was given.');
console.log(`${passed} passed, ${failed + (none ? 1 : 0)} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed === 0 && !none ? 0 : 1);
