import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Provider } from 'urql';
import { App } from './App';
import { client } from './client';
import { prefetchExplore } from './features/Explore/prefetch';
import { parseViewState } from './state/viewState';
import { viewFor } from './views';
import './styles.css';

// Explore's first questions and canvas code go out now, while React renders the page.
const state = parseViewState(window.location.search);
if (viewFor(state.view).id === 'explore') prefetchExplore(client, state);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <Provider value={client}>
      <App />
    </Provider>
  </StrictMode>,
);
