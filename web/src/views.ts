import type { ComponentType } from 'react';
import { ExploreView } from './features/Explore/ExploreView';
import { GapsView } from './features/Gaps/GapsView';
import { PathView } from './features/Path/PathView';
import { ReviewView } from './features/Review/ReviewView';
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
}

/** The tab bar and the router read this list: a new view (Gaps) is one entry here. */
export const VIEWS: readonly ViewEntry[] = [
  {
    id: 'explore',
    label: 'Explore',
    description: 'The network of cooperation ties',
    component: ExploreView,
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
