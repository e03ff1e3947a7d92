import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { forwardRef, useEffect, useImperativeHandle, useLayoutEffect, useRef, useState } from 'react';
import { formatCount } from '../../graph/format';
import type { LayoutName } from '../../graph/layout';
import { lineStylesDrawn, rendererFor, rendererOptions, rendererStyle } from '../../graph/render';
import { dataChanges } from '../../graph/patch';
import { addInSlices, looksAway } from '../../graph/slices';
import { buildStylesheet } from '../../graph/style';
import { useCanvasEvents, type CanvasCallbacks } from './useCanvasEvents';
import { useDrawingInTwoSteps } from './useDrawingInTwoSteps';
import { useLayoutRuns } from './useLayoutRuns';

let svgRegistered: Promise<void> | null = null;
/** The SVG exporter loads on first use: most sessions never export. */
function registerSvg(): Promise<void> {
  svgRegistered ??= import('cytoscape-svg').then(({ default: svg }) => {
    cytoscape.use(svg);
  });
  return svgRegistered;
}

export interface GraphCanvasHandle {
  /** Fit everything, or only these node and edge ids (a chosen pair and its connection). */
  fit: (ids?: readonly string[]) => void;
  zoom: (factor: number) => void;
  relayout: () => void;
  /** Whether a picture is being laid out or drawn in two steps: the image exports then wait for it whole. */
  drawing: () => boolean;
  /** Once the picture is laid out and whole (a large one drawn in two steps): never a file of part of it. */
  exportPng: () => Promise<Blob>;
  /** The whole network as SVG text (vector, for print and editing), once the picture is laid out and whole. */
  exportSvg: () => Promise<string>;
  highlight: (ids: readonly string[]) => void;
  centre: (id: string) => void;
}

export interface GraphCanvasProps extends CanvasCallbacks {
  elements: readonly ElementDefinition[];
  layout: LayoutName;
  selected: string | null;
  /** Node and edge ids to emphasise (a path, a search hit); everything else fades. */
  highlighted: readonly string[];
  label: string;
  /** Called once each layout is painted, with the time from its start, for the load-to-drawn measurement. */
  onDrawn?: (info: { nodes: number; ms: number }) => void;
  /** Called once each layout's picture is painted whole: later than onDrawn when drawn in two steps. */
  onWhole?: () => void;
}

function collect(cy: Core, ids: readonly string[]) {
  let picked = cy.collection();
  for (const id of ids) picked = picked.union(cy.getElementById(id));
  return picked;
}

function applyHighlight(cy: Core, ids: readonly string[]): void {
  cy.batch(() => {
    // Only those that carry them: Cytoscape restyles every element a class is removed from, had it or not.
    cy.elements('.highlighted, .faded').removeClass('highlighted faded');
    if (!ids.length) return;
    const picked = collect(cy, ids);
    picked.addClass('highlighted');
    cy.elements().not(picked).addClass('faded');
  });
  // What Cytoscape actually emphasised, for tests: a canvas has no DOM to inspect.
  const shown = cy.nodes('.highlighted').map((n) => n.id());
  cy.container()?.setAttribute('data-highlighted', shown.join(' '));
}

/** The one Cytoscape instance: created once, patched in batches, destroyed on unmount. */
export const GraphCanvas = forwardRef<GraphCanvasHandle, GraphCanvasProps>(function GraphCanvas(props, ref) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  // The latest props, for handlers and for work that ends after a render.
  const latest = useRef(props);
  latest.current = props;
  // What has been added and not yet placed and shown (addInSlices adds elements unseen).
  const unplaced = useRef<cytoscape.Collection | null>(null);
  // Bumped each time an instance is created: effects that fill an instance depend on it.
  const [ready, setReady] = useState(0);
  const [drawn, setDrawn] = useState(0);
  const { partial, firstStep, showing, drawing, whole } = useDrawingInTwoSteps({
    onRestAdded: (cy) => {
      const { selected, highlighted } = latest.current;
      if (selected) cy.getElementById(selected).select();
      if (highlighted.length) applyHighlight(cy, highlighted);
    },
    onWhole: () => latest.current.onWhole?.(),
  });
  const renderer = rendererFor(props.elements.length);
  const lineStyles = lineStylesDrawn(props.elements.length);
  const stylesheet = () => [...buildStylesheet(), ...rendererStyle(renderer, lineStyles)];
  // What the instance's stylesheet was built for.
  const styledWith = useRef(lineStyles);

  // A new instance when the renderer changes: Cytoscape picks its renderer once, at construction.
  useLayoutEffect(() => {
    const cy = cytoscape({
      container: container.current,
      style: stylesheet(),
      minZoom: 0.1,
      maxZoom: 4,
      // Cytoscape's default wheel step: any other warns in the console (it suits some mice and not others).
      boxSelectionEnabled: false,
      // No layout at construction: there is nothing to lay out yet (runLayout places the elements).
      layout: { name: 'null' },
      ...rendererOptions(renderer),
    });
    cyRef.current = cy;
    unplaced.current = cy.collection();
    styledWith.current = lineStyles;
    setReady((n) => n + 1);
    return () => {
      cyRef.current = null;
      cy.destroy();
    };
  }, [renderer]);

  useCanvasEvents(cyRef, latest, ready);

  // The network crossing LINE_STYLES_UP_TO: the same instance, restyled.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || styledWith.current === lineStyles) return;
    styledWith.current = lineStyles;
    cy.style(stylesheet());
    // Dependencies on purpose: the stylesheet follows lineStyles (the renderer makes a new instance)
  }, [lineStyles, ready]);

  const { adding, added, runLayout, layingOut, pictureDone } = useLayoutRuns({
    cyRef,
    unplaced,
    latest,
    showing,
    whole,
    onPainted: () => setDrawn((n) => n + 1),
  });

  // Patch elements by id; re-run the layout only when the set of ids changed.
  const idKey = props.elements
    .map((e) => String(e.data.id))
    .sort()
    .join('\n');
  const patchRun = useRef(0);
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const wanted = new Map(props.elements.map((e) => [String(e.data.id), e]));
    const fresh: ElementDefinition[] = [];
    cy.batch(() => {
      cy.elements()
        .filter((e) => !wanted.has(e.id()))
        .remove();
      for (const [id, def] of wanted) {
        const existing = cy.getElementById(id);
        if (existing.nonempty()) {
          const changes = dataChanges(existing.data() as Record<string, unknown>, def.data);
          if (changes) existing.data(changes);
          // Data-driven classes (hubs) follow the data; view classes (highlighted, faded) stay.
          const hub = (def.classes ?? '').includes('hub');
          if (existing.hasClass('hub') !== hub) existing.toggleClass('hub', hub);
        } else fresh.push(def);
      }
    });
    // Nodes before edges, so every edge finds its ends. New elements wait, undrawn, until the
    // layout places them (which the element set changing always runs): never a partial drawing.
    fresh.sort((a, b) => (a.group === b.group ? 0 : a.group === 'nodes' ? -1 : 1));
    const run = (patchRun.current += 1);
    const current = () => run === patchRun.current && cyRef.current === cy;
    const first = firstStep(cy, fresh, { key: idKey, layout: props.layout, current });
    if (!first) return;
    adding.current = addInSlices(cy, first, { current }).then((eles) => {
      if (cyRef.current === cy) unplaced.current?.merge(eles);
    });
  }, [props.elements, ready]);

  // Dependencies on purpose: idKey stands for the element set
  useEffect(runLayout, [idKey, props.layout, ready]);

  // Selection and emphasis apply to the elements once they are all added.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    void added().then(
      () =>
        cyRef.current === cy &&
        cy.batch(() => {
          cy.$(':selected').unselect();
          if (props.selected) cy.getElementById(props.selected).select();
        }),
    );
  }, [props.selected, idKey, ready]);

  useEffect(() => {
    const cy = cyRef.current;
    if (cy) void added().then(() => cyRef.current === cy && applyHighlight(cy, props.highlighted));
  }, [props.highlighted, idKey, ready]);

  useImperativeHandle(
    ref,
    () => ({
      fit: (ids) => {
        const cy = cyRef.current;
        // A first picture still being added stays unseen until the layout shows it whole.
        if (!cy || looksAway(cy)) return;
        cy.animate({
          fit: { eles: ids?.length ? collect(cy, ids) : cy.elements(), padding: 40 },
          duration: 250,
          // What the view was fitted to, for tests: a canvas has no DOM to inspect.
          complete: () => cy.container()?.setAttribute('data-fitted', (ids ?? []).join(' ')),
        });
      },
      zoom: (factor) => {
        const cy = cyRef.current;
        if (!cy) return;
        cy.zoom({
          level: cy.zoom() * factor,
          renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 },
        });
      },
      relayout: runLayout,
      drawing: () => drawing() || layingOut(),
      exportPng: async () => {
        await pictureDone();
        const cy = cyRef.current;
        if (!cy) throw new Error('The canvas is not ready');
        return cy.png({
          output: 'blob-promise',
          scale: 2,
          full: true,
          bg: '#ffffff',
        });
      },
      exportSvg: async () => {
        await Promise.all([registerSvg(), pictureDone()]);
        const cy = cyRef.current as (Core & { svg: (options: object) => string }) | null;
        if (!cy) throw new Error('The canvas is not ready');
        return cy.svg({ full: true, scale: 1, bg: '#ffffff' });
      },
      highlight: (ids) => cyRef.current && applyHighlight(cyRef.current, ids),
      centre: (id) => {
        const cy = cyRef.current;
        const node = cy?.getElementById(id);
        if (!cy || !node || node.empty() || looksAway(cy)) return;
        cy.animate({
          center: { eles: node },
          zoom: Math.max(cy.zoom(), 1.2),
          duration: 300,
        });
      },
    }),
    // Dependencies on purpose: runLayout reads the latest props
    [props.layout],
  );

  return (
    <>
      <div
        ref={container}
        className="canvas"
        role="img"
        aria-label={props.label}
        data-testid="graph-canvas"
        data-drawn={drawn}
        data-renderer={renderer}
        data-line-styles={lineStyles}
        data-nodes={props.elements.filter((e) => e.group === 'nodes').length}
        data-edges={props.elements.filter((e) => e.group === 'edges').length}
        data-whole={partial ? 'false' : 'true'}
      />
      {partial && (
        <p className="canvas-partial" role="status" data-testid="canvas-partial">
          Still drawing: every circle is in, with the {formatCount(partial.ties)} strongest of {formatCount(partial.of)}{' '}
          lines; the other lines are being added…
        </p>
      )}
    </>
  );
});
