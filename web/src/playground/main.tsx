import './workers';
import 'graphiql/style.css';
import '@graphiql/plugin-explorer/style.css';
import { explorerPlugin } from '@graphiql/plugin-explorer';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { EXAMPLES } from './examples';

// Same origin: the server that serves this page answers POST /graphql, so no URL to configure.
const fetcher = createGraphiQLFetcher({ url: '/graphql' });

const explorer = explorerPlugin();
const first = EXAMPLES[0];

const root = document.getElementById('playground');
if (!root) throw new Error('playground.html has no #playground element');
createRoot(root).render(
  <StrictMode>
    <GraphiQL
      fetcher={fetcher}
      plugins={[explorer]}
      defaultQuery={first?.query}
      initialVariables={first?.variables}
      defaultTabs={EXAMPLES.map((e) => ({
        query: e.query,
        variables: e.variables ?? null,
      }))}
      defaultEditorToolsVisibility="variables"
    >
      <GraphiQL.Logo>
        <a href="/" style={{ color: 'inherit', textDecoration: 'none' }}>
          Cluster Atlas
        </a>
      </GraphiQL.Logo>
    </GraphiQL>
  </StrictMode>,
);
