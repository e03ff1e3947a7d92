import type { Core, EventObject } from 'cytoscape';
import { useEffect, type RefObject } from 'react';

export interface CanvasCallbacks {
  onSelect: (id: string | null) => void;
  onExpand: (id: string) => void;
}

/**
 * Taps select (a cluster, or a tie: its provenance), double taps expand, a tap on the background clears. Registered once per instance;
 * the handlers read the latest callbacks through the ref so React re-renders never rebind them.
 * Hover emphasis stays inside Cytoscape: it is not view state and must not re-render React.
 */
export function useCanvasEvents(
  cyRef: RefObject<Core | null>,
  callbacks: RefObject<CanvasCallbacks>,
  /** Changes when a new instance replaces the old one (another renderer). */
  instance: number,
): void {
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return undefined;
    const onTap = (e: EventObject) => {
      if (e.target === cy) callbacks.current.onSelect(null);
      else if (e.target.isNode() || e.target.isEdge()) callbacks.current.onSelect(e.target.id());
    };
    const onDoubleTap = (e: EventObject) => {
      if (e.target !== cy && e.target.isNode()) callbacks.current.onExpand(e.target.id());
    };
    const onOver = (e: EventObject) => e.target.closedNeighborhood().addClass('hover');
    const onOut = () => cy.elements('.hover').removeClass('hover');
    cy.on('tap', onTap);
    cy.on('dbltap', 'node', onDoubleTap);
    cy.on('mouseover', 'node', onOver);
    cy.on('mouseout', 'node', onOut);
    return () => {
      cy.off('tap', onTap);
      cy.off('dbltap', 'node', onDoubleTap);
      cy.off('mouseover', 'node', onOver);
      cy.off('mouseout', 'node', onOut);
    };
  }, [cyRef, callbacks, instance]);
}
