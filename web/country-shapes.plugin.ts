import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';
import { projectCountries, type WorldTopology } from './src/graph/worldShapes.ts';

const ID = 'virtual:country-shapes';
const RESOLVED = `\0${ID}`;

/**
 * `virtual:country-shapes`: the world atlas' countries projected at build time (worldShapes.ts),
 * so that the page gets their SVG paths as strings instead of the topology and the work of
 * projecting it. Unit tests load it the same way (vitest.config.ts).
 */
export function countryShapesPlugin(): Plugin {
  return {
    name: 'atlas-country-shapes',
    resolveId: (source) => (source === ID ? RESOLVED : undefined),
    load(source) {
      if (source !== RESOLVED) return undefined;
      const file = createRequire(import.meta.url).resolve('world-atlas/countries-110m.json');
      this.addWatchFile(file);
      const world = JSON.parse(readFileSync(file, 'utf8')) as WorldTopology;
      return `export default ${JSON.stringify(projectCountries(world))};`;
    },
  };
}
