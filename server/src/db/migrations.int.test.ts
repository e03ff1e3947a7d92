import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectTestGraph } from '../../test/graph.js';
import { createLogger } from '../logger.js';
import { wipeGraph } from '../seed/load.js';
import { applyMigrations } from './migrations.js';

const graph = connectTestGraph();
const logger = createLogger('silent');
let dir: string;

beforeAll(async () => {
  await wipeGraph(graph.executor);
  dir = await mkdtemp(path.join(os.tmpdir(), 'atlas-migrations-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await graph.close();
});

const markers = async () =>
  (await graph.executor.read<{ id: string }>('MATCH (n:MigrationTestMarker) RETURN n.id AS id ORDER BY id')).map(
    (row) => row.id,
  );

describe('migrations', () => {
  it('applies each file once, in order, and records it', async () => {
    await writeFile(path.join(dir, '001-first.cypher'), "CREATE (:MigrationTestMarker {id: 'first'});\n");
    await writeFile(
      path.join(dir, '002-second.cypher'),
      "// two statements, one transaction\nCREATE (:MigrationTestMarker {id: 'second'});\nCREATE (:MigrationTestMarker {id: 'third'});\n",
    );
    expect(await applyMigrations({ executor: graph.executor, logger, dir })).toEqual(['001-first', '002-second']);
    expect(await applyMigrations({ executor: graph.executor, logger, dir })).toEqual([]);
    expect(await markers()).toEqual(['first', 'second', 'third']);
  });

  it('leaves nothing of a migration that fails, and does not record it', async () => {
    await writeFile(
      path.join(dir, '003-broken.cypher'),
      "CREATE (:MigrationTestMarker {id: 'fourth'});\nTHIS IS NOT CYPHER;\n",
    );
    await expect(applyMigrations({ executor: graph.executor, logger, dir })).rejects.toThrow();
    expect(await markers()).toEqual(['first', 'second', 'third']);
    const recorded = await graph.executor.read<{ id: string }>(
      "MATCH (m:Migration) WHERE m.id <> 'seed' RETURN m.id AS id ORDER BY id",
    );
    expect(recorded.map((row) => row.id)).toEqual(['001-first', '002-second']);
  });
});
