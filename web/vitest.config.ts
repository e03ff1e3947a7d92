import { defineConfig } from 'vitest/config';

// Pure graph and state code runs in node; the browser flows live in e2e/ and run
// only under the root e2e project, against the real server.
export const config = defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});

export default config;
