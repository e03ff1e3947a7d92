import { defineConfig } from 'vitest/config';
import { countryShapesPlugin } from './web/country-shapes.plugin.ts';

/**
 * Three tiers: unit (pure code, no database), integration (the real embedded Neo4j, one per run,
 * files in sequence because they share it), e2e (the real server and Chromium).
 */
/**
 * graphql 16 ships CommonJS (main) and ESM (module) side by side without an exports map: Node
 * loads the CommonJS copy for Apollo and @graphql-tools, so source files must get the same copy,
 * or schema objects cross two realms and graphql-js refuses them.
 */
const oneGraphql = { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] };

export default defineConfig({
  test: {
    projects: [
      {
        resolve: oneGraphql,
        // The Map's pure code reads the countries the build projects.
        plugins: [countryShapesPlugin()],
        test: {
          name: 'unit',
          include: ['server/src/**/*.test.ts', 'server/bench/**/*.test.ts', 'web/src/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', '**/node_modules/**'],
          environment: 'node',
        },
      },
      {
        resolve: oneGraphql,
        test: {
          name: 'integration',
          include: ['server/**/*.int.test.ts'],
          exclude: ['**/node_modules/**'],
          globalSetup: ['server/test/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['web/e2e/**/*.e2e.test.ts'],
          globalSetup: ['web/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 300_000,
          // A page on a busy 2-core machine can take seconds to follow a click (the 1 s default flaked).
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});
