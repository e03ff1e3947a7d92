import os from 'node:os';
import type { Logger } from '../src/logger.js';
import { wipeGraph } from '../src/seed/load.js';
import { ensureSynthetic, type LoadSpeed } from '../src/synthetic/load.js';
import { cpuMsOf, ownCpuMs } from './cpu.js';
import { withScratchNeo4j } from './database.js';

/**
 * The generator's load speed (issue 9's import goal), measured in every whole run: the
 * 10,000-cluster synthetic graph written from empty into a scratch Neo4j of its own, so the figure
 * never depends on whether the bench graph was already there. The first load is the one the goal
 * counts (a fresh JVM, as `npm run generate` and `start:large` meet it); the same load is then
 * repeated in the same JVM (wiped beforehand, off the clock), to tell the JVM's warm-up
 * (class loading, planning, JIT compilation) from the cost of writing each row. Then this
 * machine's floor beside it: the simplest write, timed the same way (measureWriteFloor).
 */

export const GENERATOR_CLUSTERS = 10_000;

/** One load and the CPU it took: Neo4j's JVM and this Node process (null without /proc). */
export interface GeneratorPass {
  speed: LoadSpeed;
  /** From the wipe to every index online: what a caller waits for. */
  wallSeconds: number;
  neo4jCpuSeconds: number | null;
  nodeCpuSeconds: number;
}

/** The simplest UNWIND write, timed: what no load on this machine can beat. */
export interface FloorPass {
  nodesPerSecond: number;
  relationshipsPerSecond: number;
}

export interface GeneratorFigures {
  clusters: number;
  /** Into the fresh JVM: the figure the goal counts. */
  speed: LoadSpeed;
  cold: GeneratorPass;
  warm: GeneratorPass;
  /** The floor in a fresh JVM of its own, then again in that JVM. */
  floor: { cold: FloorPass; warm: FloorPass };
  loadAverage: number[];
}

const FLOOR_ROWS = 100_000;
const BATCH_ROWS = 10_000;

/**
 * This machine's floor for the goal: FLOOR_ROWS nodes of one label with one unique property, then
 * as many relationships between two of them looked up by it, no property, in the generator's
 * batches, into a fresh JVM and again in it (another label). A load of real nodes (several labels,
 * indexes, properties, a citation each) cannot be faster.
 */
async function measureWriteFloor(logger: Logger): Promise<GeneratorFigures['floor']> {
  return withScratchNeo4j({ logger, pageCache: '512m' }, async (executor, _folder, neo4j) => {
    await neo4j.plugins;
    const batches = (row: (i: number) => Record<string, string>) =>
      Array.from({ length: FLOOR_ROWS / BATCH_ROWS }, (_, b) =>
        Array.from({ length: BATCH_ROWS }, (__, k) => row(b * BATCH_ROWS + k)),
      );
    const timed = async (statement: string, rows: Record<string, string>[][]) => {
      const started = performance.now();
      for (const batch of rows) await executor.write((tx) => tx.run(statement, { rows: batch }));
      return FLOOR_ROWS / ((performance.now() - started) / 1000);
    };
    const pass = async (label: 'FloorFresh' | 'FloorAgain'): Promise<FloorPass> => {
      await executor.write((tx) => tx.run(`CREATE CONSTRAINT ${label}_id FOR (n:${label}) REQUIRE n.id IS UNIQUE`));
      await executor.write((tx) => tx.run('CALL db.awaitIndexes(60)'));
      return {
        nodesPerSecond: await timed(
          `UNWIND $rows AS row CREATE (:${label} {id: row.id})`,
          batches((i) => ({ id: String(i) })),
        ),
        relationshipsPerSecond: await timed(
          `UNWIND $rows AS row MATCH (a:${label} {id: row.from}), (b:${label} {id: row.to}) CREATE (a)-[:FLOOR]->(b)`,
          batches((i) => ({ from: String(i), to: String((i * 7 + 1) % FLOOR_ROWS) })),
        ),
      };
    };
    return { cold: await pass('FloorFresh'), warm: await pass('FloorAgain') };
  });
}

export async function measureGeneratorSpeed(options: {
  logger: Logger;
  log: (text: string) => void;
}): Promise<GeneratorFigures> {
  options.log(`generator: ${GENERATOR_CLUSTERS.toLocaleString('en')} clusters into an empty Neo4j, then again … `);
  const passes = await withScratchNeo4j(
    { logger: options.logger, pageCache: '512m' },
    async (executor, _folder, neo4j) => {
      // The launcher registers GDS and APOC on a core for seconds after Bolt is up: not the load's work.
      await neo4j.plugins;
      const pass = async (force: boolean): Promise<GeneratorPass> => {
        const before = { neo4j: cpuMsOf(neo4j.pid), node: ownCpuMs(), at: performance.now() };
        const graph = await ensureSynthetic({
          executor,
          logger: options.logger,
          force,
          progress: false,
          clusters: GENERATOR_CLUSTERS,
        });
        if (!graph.speed) throw new Error('The scratch database already held the synthetic graph.');
        const neo4jCpu = cpuMsOf(neo4j.pid);
        return {
          speed: graph.speed,
          wallSeconds:
            graph.speed.setupSeconds +
            graph.speed.nodeSeconds +
            graph.speed.relationshipSeconds +
            graph.speed.indexSeconds,
          neo4jCpuSeconds: neo4jCpu === null || before.neo4j === null ? null : (neo4jCpu - before.neo4j) / 1000,
          nodeCpuSeconds: (ownCpuMs() - before.node) / 1000,
        };
      };
      const cold = await pass(false);
      // Wiped before the clock starts, so that the second figure is the load alone, as the first.
      await wipeGraph(executor);
      return { cold, warm: await pass(true) };
    },
  );
  options.log('the simplest write, into an empty Neo4j, then again … ');
  const floor = await measureWriteFloor(options.logger);
  options.log('done\n');
  return { clusters: GENERATOR_CLUSTERS, speed: passes.cold.speed, ...passes, floor, loadAverage: os.loadavg() };
}

export const nodesPerSecond = (speed: LoadSpeed) => speed.nodes / speed.nodeSeconds;
export const relationshipsPerSecond = (speed: LoadSpeed) => speed.relationships / speed.relationshipSeconds;

const count = (n: number) => Math.round(n).toLocaleString('en');

function renderPass(name: string, pass: GeneratorPass): string {
  const { speed } = pass;
  const rows = speed.nodes + speed.citations + speed.relationships;
  const neo4j =
    pass.neo4jCpuSeconds === null
      ? '–'
      : `${pass.neo4jCpuSeconds.toFixed(1)} s (${count((pass.neo4jCpuSeconds * 1e6) / rows)} µs per row)`;
  return (
    `| ${name} | ${speed.nodeSeconds.toFixed(1)} s (${count(nodesPerSecond(speed))}/s) | ` +
    `${speed.relationshipSeconds.toFixed(1)} s (${count(relationshipsPerSecond(speed))}/s) | ` +
    `${speed.setupSeconds.toFixed(1)} s | ${speed.indexSeconds.toFixed(1)} s | ${pass.wallSeconds.toFixed(1)} s | ` +
    `${neo4j} | ${pass.nodeCpuSeconds.toFixed(1)} s |`
  );
}

export function renderGeneratorSpeed(figures: GeneratorFigures): string[] {
  const { speed } = figures;
  return [
    `Generator (UNWIND batches of 10,000 rows) into an empty Neo4j, ${figures.clusters.toLocaleString('en')} clusters: ` +
      `${count(speed.nodes)} nodes written with their ${count(speed.citations)} CITED_IN citations (nodes/s counts the nodes over that time), ` +
      `then ${count(speed.relationships)} other relationships (a row: a node or a relationship written, citations included); load average ${figures.loadAverage.map((l) => l.toFixed(1)).join(' ')}. ` +
      'The goal counts the first load, into a fresh JVM; the second is the same load again in that JVM, into the same database wiped (the wipe not counted).',
    '',
    '| load | nodes (+ citations) | relationships | before: wipe, full-text indexes dropped | after: indexes, statistics | empty to ready | Neo4j CPU | Node CPU |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    renderPass('first, fresh JVM', figures.cold),
    renderPass('again, same JVM', figures.warm),
    '',
    `This machine's floor, in a Neo4j of its own: the simplest write in the same batches, ${count(FLOOR_ROWS)} nodes of one label with one unique property, ` +
      `then ${count(FLOOR_ROWS)} relationships without properties between two of them looked up by it.`,
    '',
    '| load | nodes/s | relationships/s |',
    '| --- | ---: | ---: |',
    ...(
      [
        ['first, fresh JVM', figures.floor.cold],
        ['again, same JVM', figures.floor.warm],
      ] as const
    ).map(([name, pass]) => `| ${name} | ${count(pass.nodesPerSecond)} | ${count(pass.relationshipsPerSecond)} |`),
  ];
}
