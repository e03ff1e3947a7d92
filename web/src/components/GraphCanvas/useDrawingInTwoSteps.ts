import type { Core, ElementDefinition } from 'cytoscape';
import { useRef, useState } from 'react';
import { PLACED_AT, type LayoutName } from '../../graph/layout';
import { addInSlices, splitFirstPicture } from '../../graph/slices';
import { afterNextPaint } from './afterNextPaint';

/** How many ties of the first picture are drawn while the others follow. */
export interface PartialPicture {
  ties: number;
  of: number;
}

/** The ties of a first picture still to add once its first step is on screen (splitFirstPicture). */
interface Following {
  rest: ElementDefinition[];
  /** Whether the patch they come from still stands: a newer one stops them. */
  current: () => boolean;
  /** The element set they belong to (the canvas' idKey): a patch of the same set goes on drawing what is missing. */
  key: string;
}

export interface TwoStepsCallbacks {
  /** Once the other ties are in, before they are painted: what applies to every element (selection, emphasis). */
  onRestAdded: (cy: Core) => void;
  /** Once the picture is painted whole. */
  onWhole: () => void;
}

/**
 * A large first picture drawn in two steps: every node and the strongest ties, laid out, shown and
 * painted, then the other ties added where the view looks. `partial` says what is drawn until the
 * picture is whole (null when it is), so that the first step is never on screen as if whole.
 */
export function useDrawingInTwoSteps(callbacks: TwoStepsCallbacks) {
  const latest = useRef(callbacks);
  latest.current = callbacks;
  const [partial, setPartial] = useState<PartialPicture | null>(null);
  const following = useRef<Following | null>(null);
  // The element set whose other ties are being drawn (drawRest), or null.
  const restOf = useRef<string | null>(null);
  // From the split of a first picture until it is painted whole or superseded: what `whole` waits for.
  const underWay = useRef<{ done: Promise<void>; end: () => void } | null>(null);
  const begin = () => {
    if (underWay.current) return;
    let end = () => {};
    const done = new Promise<void>((resolve) => (end = resolve));
    underWay.current = { done, end };
  };
  const end = () => {
    underWay.current?.end();
    underWay.current = null;
  };

  // The other ties of a first picture, drawn once they are all added; then what applies to every element.
  const drawRest = (cy: Core, { rest, current, key }: Following) => {
    restOf.current = key;
    void addInSlices(cy, rest, { current, inView: true }).then(() => {
      if (!current()) return;
      latest.current.onRestAdded(cy);
      afterNextPaint(() => {
        if (!current()) return;
        restOf.current = null;
        setPartial(null);
        end();
        latest.current.onWhole();
      });
    });
  };

  /**
   * For a patch's new elements (nodes before edges): those to add now, the others kept for the
   * second step; null when they are the missing ties of the set being drawn, which go on being drawn.
   * `current` says whether the patch still stands.
   */
  const firstStep = (
    cy: Core,
    fresh: ElementDefinition[],
    patch: { key: string; layout: LayoutName; current: () => boolean },
  ): ElementDefinition[] | null => {
    const { key, layout, current } = patch;
    if (restOf.current === key) {
      drawRest(cy, { rest: fresh, current, key });
      return null;
    }
    restOf.current = null;
    setPartial(null);
    end();
    // A large first picture in two steps, when its layout needs no ties: placed ahead, or rings and grids.
    const tiesFree = layout !== 'fcose' || fresh.every((e) => e.group !== 'nodes' || e.data[PLACED_AT] != null);
    const { first, rest } = cy.elements().empty() && tiesFree ? splitFirstPicture(fresh) : { first: fresh, rest: [] };
    following.current = rest.length ? { rest, current, key } : null;
    if (rest.length) begin();
    return first;
  };

  /**
   * Called by a layout before it shows its picture; returns what to call once that picture is
   * painted. A first step says it is partial before it is shown, and its other ties follow its
   * paint (taken once: a relayout draws what is there); a relayout while they are added is not
   * the picture whole: drawRest says when.
   */
  const showing = (cy: Core): (() => void) => {
    const rest = following.current;
    following.current = null;
    if (rest) setPartial({ ties: cy.edges().length, of: cy.edges().length + rest.rest.length });
    return () => {
      if (rest) drawRest(cy, rest);
      else if (restOf.current === null) latest.current.onWhole();
    };
  };

  const drawing = () => underWay.current !== null;
  /** Resolves once no picture is being drawn in two steps: what is on the canvas is the whole picture. */
  const whole = async (): Promise<void> => {
    while (underWay.current) await underWay.current.done;
  };

  return { partial, firstStep, showing, drawing, whole };
}
