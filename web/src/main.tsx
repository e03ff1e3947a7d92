import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Provider } from 'urql';
import { App } from './App';
import { client } from './client';
import { parseViewState } from './state/viewState';
import { viewFor } from './views';
import './styles.css';

// The opening view's first questions and code go out now, while React renders the page.
const state = parseViewState(window.location.search);
viewFor(state.view).prefetch?.(client, state);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <Provider value={client}>
      <App />
    </Provider>
  </StrictMode>,
);
