import { createElement, type ComponentType } from 'react';
import type { Client } from 'urql';
import { lazyComponent } from './components/lazyComponent';
import { Loading } from './components/Status';
import { ExploreView } from './features/Explore/ExploreView';
import { prefetchExplore } from './features/Explore/prefetch';
import { prefetchMap } from './features/Map/prefetch';
import type { UpdateOptions, ViewStateUpdate } from './state/useViewState';
import type { ViewState } from './state/viewState';

export interface ViewProps {
  state: ViewState;
  update: (change: ViewStateUpdate, options?: UpdateOptions) => void;
}

export interface ViewEntry {
  id: string;
  label: string;
  description: string;
  component: ComponentType<ViewProps>;
  /** Where the page's skip link leads keyboard users past the canvas and its controls. */
  skipTo?: { href: string; label: string };
  /** The view's code and first questions, asked for as the page's script runs when it opens on the view (main.tsx). */
  prefetch?: (client: Client, state: ViewState) => void;
}

// Views other than the first are loaded when opened: the first page load carries Explore only.
const lazyView = (load: () => Promise<ComponentType<ViewProps>>) =>
  lazyComponent<ViewProps>(load, () => createElement(Loading, { label: 'Loading the view…' }));
const PathView = lazyView(() => import('./features/Path/PathView').then((m) => m.PathView));
const GapsView = lazyView(() => import('./features/Gaps/GapsView').then((m) => m.GapsView));
const AboutView = lazyView(() => import('./features/Sources/AboutView').then((m) => m.AboutView));
const MapView = lazyView(() => import('./features/Map/MapView').then((m) => m.MapView));
const ReviewView = lazyView(() => import('./features/Review/ReviewView').then((m) => m.ReviewView));

/** The tab bar and the router read this list: a new view (Gaps) is one entry here. */
export const VIEWS: readonly ViewEntry[] = [
  {
    id: 'explore',
    label: 'Explore',
    description: 'The network of cooperation ties',
    component: ExploreView,
    skipTo: { href: '#explore-tables', label: 'Skip to the list of clusters and ties' },
    prefetch: prefetchExplore,
  },
  {
    id: 'map',
    label: 'Map',
    description: 'The clusters at their cities on a world map, their ties as arcs',
    component: MapView.Component,
    prefetch: (client, state) => {
      MapView.preload();
      prefetchMap(client, state);
    },
  },
  {
    id: 'path',
    label: 'Path',
    description: 'The shortest chain of ties between two clusters',
    component: PathView.Component,
  },
  {
    id: 'gaps',
    label: 'Gaps',
    description: 'Where clusters exist on both sides but no tie joins them, ranked and explained',
    component: GapsView.Component,
  },
  {
    id: 'about',
    label: 'About the data',
    description: 'The documents the graph is drawn from, what each contributes, and each one’s text with its excerpts',
    component: AboutView.Component,
  },
  {
    id: 'review',
    label: 'Review',
    description: 'Add a document and review the facts proposed from it',
    component: ReviewView.Component,
  },
];

export function viewFor(id: string): ViewEntry {
  const first = VIEWS[0];
  if (!first) throw new Error('No views registered');
  return VIEWS.find((v) => v.id === id) ?? first;
}
