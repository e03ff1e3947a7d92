import { lazy, type ComponentType } from 'react';
import { ExploreView } from './features/Explore/ExploreView';
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
}

// Views other than the first are loaded when opened: the first page load carries Explore only.
const PathView = lazy(() => import('./features/Path/PathView').then((m) => ({ default: m.PathView })));
const GapsView = lazy(() => import('./features/Gaps/GapsView').then((m) => ({ default: m.GapsView })));
const AboutView = lazy(() => import('./features/Sources/AboutView').then((m) => ({ default: m.AboutView })));
const MapView = lazy(() => import('./features/Map/MapView').then((m) => ({ default: m.MapView })));
const ReviewView = lazy(() => import('./features/Review/ReviewView').then((m) => ({ default: m.ReviewView })));

/** The tab bar and the router read this list: a new view (Gaps) is one entry here. */
export const VIEWS: readonly ViewEntry[] = [
  {
    id: 'explore',
    label: 'Explore',
    description: 'The network of cooperation ties',
    component: ExploreView,
    skipTo: { href: '#explore-tables', label: 'Skip to the list of clusters and ties' },
  },
  {
    id: 'map',
    label: 'Map',
    description: 'The clusters at their cities on a world map, their ties as arcs',
    component: MapView,
  },
  {
    id: 'path',
    label: 'Path',
    description: 'The shortest chain of ties between two clusters',
    component: PathView,
  },
  {
    id: 'gaps',
    label: 'Gaps',
    description: 'Where clusters exist on both sides but no tie joins them, ranked and explained',
    component: GapsView,
  },
  {
    id: 'about',
    label: 'About the data',
    description: 'The documents the graph is drawn from, what each contributes, and each one’s text with its excerpts',
    component: AboutView,
  },
  {
    id: 'review',
    label: 'Review',
    description: 'Add a document and review the facts proposed from it',
    component: ReviewView,
  },
];

export function viewFor(id: string): ViewEntry {
  const first = VIEWS[0];
  if (!first) throw new Error('No views registered');
  return VIEWS.find((v) => v.id === id) ?? first;
}
