import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker.js?worker';
import JsonWorker from 'monaco-editor/esm/vs/language/json/json.worker.js?worker';
import GraphQLWorker from 'monaco-graphql/esm/graphql.worker.js?worker';

/**
 * Monaco's workers for GraphiQL. GraphiQL's own `setup-workers/vite` cannot be used: Vite's
 * dev-time dependency pre-bundling does not process `?worker` imports inside node_modules, so
 * `npm run dev` died on start. From our source, Vite bundles each worker itself.
 */
self.MonacoEnvironment = {
  getWorker(_workerId: string, label: string) {
    if (label === 'json') return new JsonWorker();
    if (label === 'graphql') return new GraphQLWorker();
    return new EditorWorker();
  },
};
