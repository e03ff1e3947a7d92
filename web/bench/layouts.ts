import cytoscape, { type ElementDefinition, type LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { initialPosition } from '../src/graph/elements';
import { forcePositions } from '../src/graph/forceLayout';
import { layoutOptions, type LayoutNode } from '../src/graph/layout';

/**
 * `npx tsx web/bench/layouts.ts`: how long each layout takes on networks shaped like the
 * synthetic graph's (communities of clusters, ~4 ties per cluster), headless, in one process.
 * Prints, never asserts. What the explorer's layout choice rests on.
 */

cytoscape.use(fcose);

/** mulberry32: the same networks on every run. */
function prng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** n clusters in communities of ~30; each tie stays in its community three times in four. */
export function communityNetwork(n: number, tiesPerCluster = 4): ElementDefinition[] {
  const random = prng(n);
  const nodes: ElementDefinition[] = Array.from({ length: n }, (_, i) => {
    const side = i % 3 === 0 ? 'non-eu' : 'eu';
    return {
      group: 'nodes',
      data: { id: `c${i}`, side, degree: 0, size: 22 },
      position: initialPosition(`c${i}`, side),
    };
  });
  const seen = new Set<string>();
  const edges: ElementDefinition[] = [];
  const communities = Math.max(1, Math.round(n / 30));
  while (edges.length < n * tiesPerCluster) {
    const a = Math.floor(random() * n);
    const b =
      random() < 0.75
        ? (Math.floor(random() * Math.ceil(n / communities)) * communities + (a % communities)) % n
        : Math.floor(random() * n);
    const key = a < b ? `${a}-${b}` : `${b}-${a}`;
    if (a === b || seen.has(key)) continue;
    seen.add(key);
    edges.push({ group: 'edges', data: { id: key, source: `c${a}`, target: `c${b}` } });
  }
  return [...nodes, ...edges];
}

type Contender = (nodes: LayoutNode[], cy: cytoscape.Core) => LayoutOptions;

const contenders: Record<string, Contender> = {
  'fcose proof (before)': (nodes) =>
    ({ ...layoutOptions({ name: 'fcose', nodes }), quality: 'proof', numIter: 2500 }) as LayoutOptions,
  'fcose (explorer now)': (nodes) => layoutOptions({ name: 'fcose', nodes }),
  'fcose draft (spectral only)': (nodes) =>
    ({ ...layoutOptions({ name: 'fcose', nodes }), quality: 'draft' }) as LayoutOptions,
  // What the explorer runs past FORCE_NODE_THRESHOLD: the positions, then placed (timed together).
  'd3-force (explorer, large views)': (nodes, cy) => ({
    name: 'preset',
    positions: forcePositions({
      nodes: nodes.map((n) => ({ ...n, size: 22, position: cy.getElementById(n.id).position() })),
      edges: cy.edges().map((e) => ({ id: e.id(), source: e.source().id(), target: e.target().id() })),
    }),
  }),
  cose: () => ({ name: 'cose', animate: false, randomize: false, numIter: 1000 }) as LayoutOptions,
  concentric: (nodes) => layoutOptions({ name: 'concentric', nodes }),
  grid: (nodes) => layoutOptions({ name: 'grid', nodes }),
};

export function measureLayouts(sizes: readonly number[], only?: string): string {
  const lines = [
    '| layout | ' + sizes.map((s) => `${s} clusters`).join(' | ') + ' |',
    '| --- |' + sizes.map(() => ' ---: |').join(''),
  ];
  for (const [name, options] of Object.entries(contenders)) {
    if (only && !name.includes(only)) continue;
    const cells = sizes.map((n) => {
      const elements = communityNetwork(n);
      const cy = cytoscape({
        headless: true,
        styleEnabled: true,
        elements,
        style: [{ selector: 'node', style: { width: 22, height: 22 } }],
      });
      const nodes: LayoutNode[] = cy
        .nodes()
        .map((x) => ({ id: x.id(), side: x.data('side'), degree: x.degree(false) }));
      const started = performance.now();
      cy.layout({ ...options(nodes, cy), nodeDimensionsIncludeLabels: false } as LayoutOptions).run();
      const ms = performance.now() - started;
      cy.destroy();
      return `${Math.round(ms)} ms`;
    });
    lines.push(`| ${name} | ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

// `npx tsx web/bench/layouts.ts [sizes, e.g. 225,900] [layout name part]`
if (process.argv[1]?.endsWith('layouts.ts')) {
  const sizes = (process.argv[2] ?? '225,500').split(',').map(Number);
  process.stdout.write(`${measureLayouts(sizes, process.argv[3])}\n`);
}
