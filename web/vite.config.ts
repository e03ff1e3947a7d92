import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { countryShapesPlugin } from './country-shapes.plugin.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
const api = 'http://127.0.0.1:4000';

// Two pages: the explorer at / and the bundled GraphQL playground that the server
// serves on GET /graphql (no CDN, so the playground works offline).
export const config = defineConfig({
  root: here,
  plugins: [react(), countryShapesPlugin()],
  server: {
    proxy: {
      // Browsers asking GET /graphql want the playground page, which Vite serves itself in dev.
      '/graphql': {
        target: api,
        bypass: (req) =>
          req.method === 'GET' && req.headers.accept?.includes('text/html') ? '/playground.html' : undefined,
      },
      '/health': api,
    },
  },
  // ES module workers: the layout worker loads Cytoscape and fcose only when a layout needs them
  // (an IIFE worker cannot split off a chunk).
  worker: { format: 'es' },
  build: {
    outDir: resolve(here, 'dist'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    rollupOptions: {
      // GraphiQL's modules start with "use no memo", a hint to the React Compiler, which this build
      // does not run: the bundler drops it harmlessly, and its 7 boxed warnings only alarmed newcomers.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('use no memo')) return;
        warn(warning);
      },
      input: {
        main: resolve(here, 'index.html'),
        playground: resolve(here, 'playground.html'),
      },
    },
  },
});

export default config;
