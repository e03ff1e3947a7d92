import os from 'node:os';
import type { Logger } from '../src/logger.js';
import { ensureSynthetic, type LoadSpeed } from '../src/synthetic/load.js';
import { withScratchNeo4j } from './database.js';

/**
 * The generator's load speed (issue 9's import goal), measured in every whole run: the
 * 10,000-cluster synthetic graph written from empty into a scratch Neo4j of its own, so the figure
 * never depends on whether the bench graph was already there.
 */

export const GENERATOR_CLUSTERS = 10_000;

export interface GeneratorFigures {
  clusters: number;
  speed: LoadSpeed;
  loadAverage: number[];
}

export async function measureGeneratorSpeed(options: {
  logger: Logger;
  log: (text: string) => void;
}): Promise<GeneratorFigures> {
  options.log(`generator: ${GENERATOR_CLUSTERS.toLocaleString('en')} clusters into an empty Neo4j … `);
  const speed = await withScratchNeo4j({ logger: options.logger, pageCache: '512m' }, async (executor) => {
    const graph = await ensureSynthetic({
      executor,
      logger: options.logger,
      force: false,
      progress: false,
      clusters: GENERATOR_CLUSTERS,
    });
    if (!graph.speed) throw new Error('The scratch database already held the synthetic graph.');
    return graph.speed;
  });
  options.log('done\n');
  return { clusters: GENERATOR_CLUSTERS, speed, loadAverage: os.loadavg() };
}

export const nodesPerSecond = (speed: LoadSpeed) => speed.nodes / speed.nodeSeconds;
export const relationshipsPerSecond = (speed: LoadSpeed) => speed.relationships / speed.relationshipSeconds;

export function renderGeneratorSpeed(figures: GeneratorFigures): string[] {
  const { speed } = figures;
  return [
    `Generator (UNWIND batches) into an empty Neo4j, ${figures.clusters.toLocaleString('en')} clusters: ` +
      `${speed.nodes.toLocaleString('en')} nodes in ${speed.nodeSeconds.toFixed(1)} s (${Math.round(nodesPerSecond(speed)).toLocaleString('en')}/s), ` +
      `${speed.relationships.toLocaleString('en')} relationships in ${speed.relationshipSeconds.toFixed(1)} s (${Math.round(relationshipsPerSecond(speed)).toLocaleString('en')}/s); ` +
      `load average ${figures.loadAverage.map((l) => l.toFixed(1)).join(' ')}.`,
  ];
}
