import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { describe, expect, it } from 'vitest';
import { canvasLabel, countryLookup, HUB_COUNT, hubIds, LABEL_CHARS, nodeSize, sideOf, toElements } from './elements';
import { unzipSync, strFromU8 } from 'fflate';
import {
  csvField,
  graphToCsvZip,
  graphToGraphml,
  graphToJson,
  nodesToCsv,
  tiesToCsv,
  type ExportNames,
} from './export';
import { COUNTRIES, NETWORK, SECTORS } from './fixtures';
import {
  layoutNodesOf,
  layoutOptions,
  placedPositions,
  sideConstraints,
  withPositions,
  withSeededRandom,
} from './layout';
import { FORCE_NODE_THRESHOLD, forcePositions, forceSteps, initialPosition } from './forceLayout';
import { layoutPositions } from './layoutRun';
import {
  countryPalette,
  DISTINCT_COLOURS,
  OTHER_COLOUR,
  OTHER_COUNTRIES,
  sectorPalette,
  sectorRoots,
  UNKNOWN_COLOUR,
} from './palette';
import { buildStylesheet, EDGE_LINES, PLANNED_DASHES, PLANNED_LABEL, tieKindLabel } from './style';
import { addedNodeIds, highlightFor, mergeGraphs, visibleGraph, withoutUntied } from './view';
import { GROUP_PREFIX, overviewElements } from './overview';

cytoscape.use(fcose);

const palette = countryPalette(COUNTRIES, new Map());
const headless = (
  elements = toElements(NETWORK, {
    colourBy: 'country',
    countries: COUNTRIES,
    sectors: SECTORS,
    palette,
  }),
) =>
  cytoscape({
    headless: true,
    styleEnabled: true,
    elements,
    style: buildStylesheet(),
  });

describe('palette', () => {
  it('gives a key the same colour whatever else is visible', () => {
    const counts = new Map([
      ['CA', 3],
      ['FR', 2],
    ]);
    const a = countryPalette(COUNTRIES, counts);
    const b = countryPalette([...COUNTRIES].reverse(), counts);
    expect(a.get('CA')?.colour).toBe(b.get('CA')?.colour);
    expect(new Set([...a.values()].map((s) => s.colour)).size).toBe(3);
  });
  it('gives the countries with most clusters distinct colours and the rest one "other" colour', () => {
    const many = Array.from({ length: 12 }, (_, i) => ({
      code: `C${String.fromCharCode(65 + i)}`,
      name: `C${i}`,
      eu: true,
    }));
    const counts = new Map(many.map((c, i) => [c.code, i]));
    const p = countryPalette(many, counts);
    const distinct = [...p.values()].filter((s) => s.label !== OTHER_COUNTRIES);
    expect(distinct).toHaveLength(DISTINCT_COLOURS.length);
    expect(new Set(distinct.map((s) => s.colour)).size).toBe(DISTINCT_COLOURS.length);
    expect(p.get('CL')?.colour).toBe(DISTINCT_COLOURS[0]);
    expect(p.get('CA')).toMatchObject({ label: OTHER_COUNTRIES, colour: OTHER_COLOUR });
  });
  it('colours sectors by their top-level ancestor', () => {
    expect(sectorRoots(SECTORS).get('drones')).toBe('aerospace');
    expect([...sectorPalette(SECTORS).keys()].sort()).toEqual(['aerospace', 'health']);
  });
});

describe('toElements', () => {
  it('turns nodes and edges into element definitions with colour, size and side', () => {
    const els = toElements(NETWORK, {
      colourBy: 'country',
      countries: COUNTRIES,
      sectors: SECTORS,
      palette,
    });
    expect(els.filter((e) => e.group === 'nodes')).toHaveLength(5);
    expect(els.filter((e) => e.group === 'edges')).toHaveLength(4);
    const montreal = els.find((e) => e.data.id === 'aero-montreal');
    expect(montreal?.data).toMatchObject({
      side: 'non-eu',
      colour: palette.get('CA')?.colour,
      countryName: 'Canada',
    });
    expect(montreal?.data['size']).toBe(nodeSize(3, 3));
  });
  it('colours by sector root when asked, grey when unknown', () => {
    const sp = sectorPalette(SECTORS);
    const els = toElements(
      {
        nodes: [...NETWORK.nodes, { id: 'x', label: 'X', country: null, sectors: [], degree: 0 }],
        edges: [],
      },
      {
        colourBy: 'sector',
        countries: COUNTRIES,
        sectors: SECTORS,
        palette: sp,
      },
    );
    expect(els.find((e) => e.data.id === 'aerospace-valley')?.data['colour']).toBe(sp.get('aerospace')?.colour);
    expect(els.find((e) => e.data.id === 'x')?.data['colour']).toBe(UNKNOWN_COLOUR);
  });
  it('drops edges whose ends are not shown', () => {
    const els = toElements(
      { nodes: NETWORK.nodes.slice(0, 1), edges: NETWORK.edges },
      { colourBy: 'country', countries: COUNTRIES, sectors: SECTORS, palette },
    );
    expect(els.filter((e) => e.group === 'edges')).toHaveLength(0);
  });
  it('starts EU clusters left of the others, repeatably', () => {
    const lookup = countryLookup(COUNTRIES);
    expect(sideOf({ country: 'fr' }, lookup)).toBe('eu');
    expect(sideOf({ country: 'Canada' }, lookup)).toBe('non-eu');
    expect(initialPosition('a', 'eu').x).toBeLessThan(initialPosition('a', 'non-eu').x);
    expect(initialPosition('a', 'eu')).toEqual(initialPosition('a', 'eu'));
  });
  it('sizes by degree, bounded', () => {
    expect(nodeSize(0, 10)).toBeLessThan(nodeSize(10, 10));
    expect(nodeSize(5, 0)).toBeGreaterThan(0);
  });
});

describe('stylesheet', () => {
  it('draws agreements solid, missions dashed, partnerships dotted', () => {
    const cy = headless();
    expect(cy.getElementById('e1').style('line-style')).toBe('solid');
    expect(cy.getElementById('e3').style('line-style')).toBe('dashed');
    expect(cy.getElementById('e4').style('line-style')).toBe('dotted');
    expect(EDGE_LINES.MISSION).toBe('dashed');
    cy.destroy();
  });
  it('draws a planned or initiated agreement in its own long dashes, labelled "planned"', () => {
    const planned = { ...NETWORK, edges: NETWORK.edges.map((e) => (e.id === 'e1' ? { ...e, planned: true } : e)) };
    const cy = headless(toElements(planned, { colourBy: 'country', countries: COUNTRIES, sectors: SECTORS, palette }));
    const e1 = cy.getElementById('e1');
    expect(e1.hasClass('planned')).toBe(true);
    expect(e1.style('line-style')).toBe('dashed');
    expect(e1.style('line-dash-pattern')).toBe(PLANNED_DASHES.join(' '));
    expect(e1.style('label')).toBe(PLANNED_LABEL);
    expect(cy.getElementById('e2').style('label')).toBe('');
    expect(tieKindLabel({ kind: 'AGREEMENT', planned: true })).toBe('Planned or initiated agreement');
    cy.destroy();
  });
  it('cuts long names on the canvas with an ellipsis, and keeps short ones', () => {
    expect(canvasLabel('Aéro Montréal')).toBe('Aéro Montréal');
    const cut = canvasLabel('Pôle de compétitivité Aerospace Valley Occitanie');
    expect(cut.length).toBeLessThanOrEqual(LABEL_CHARS);
    expect(cut.endsWith('…')).toBe(true);
    expect('Pôle de compétitivité Aerospace Valley Occitanie'.startsWith(cut.slice(0, -1))).toBe(true);
  });
  it("leaves a cluster's label to canvasLabel's cut, and an overview group's to Cytoscape's ellipsis", () => {
    // Cytoscape's ellipsis measures the label whenever the node's rendered style is recomputed:
    // 16,341 measurements for `?country=FR`'s 372 labels before the cluster rule dropped it.
    const cy = headless();
    cy.add(
      overviewElements(
        { clusters: 2, ties: 0, groups: [{ id: 'FR', label: 'France', clusters: 2, ties: 0 }], links: [] },
        palette,
      ),
    );
    expect(cy.getElementById('aero-montreal').style('text-wrap')).toBe('none');
    expect(cy.getElementById(`${GROUP_PREFIX}FR`).style('text-wrap')).toBe('ellipsis');
    cy.destroy();
  });
  it('colours and sizes nodes from their data and labels them', () => {
    const cy = headless();
    const n = cy.getElementById('aero-montreal');
    expect(n.style('label')).toBe('Aéro Montréal');
    expect(n.numericStyle('width')).toBe(n.data('size'));
    expect(n.style('background-color')).toMatch(/^rgb/);
    cy.destroy();
  });
});

describe('layout', () => {
  it('keeps constraints linear in the number of nodes', () => {
    const nodes = Array.from({ length: 40 }, (_, i) => ({
      id: `n${i}`,
      side: i % 2 ? ('eu' as const) : ('non-eu' as const),
      degree: i,
    }));
    expect(sideConstraints(nodes).length).toBe(39);
    expect(sideConstraints(nodes.filter((n) => n.side === 'eu'))).toEqual([]);
  });
  it('lays a large network out by force simulation, the same way every time, EU left of the others', async () => {
    const nodes = Array.from({ length: FORCE_NODE_THRESHOLD + 100 }, (_, i) => {
      const side = i % 3 ? ('eu' as const) : ('non-eu' as const);
      return { id: `c${i}`, side, degree: 2, size: 22, position: initialPosition(`c${i}`, side) };
    });
    const edges = nodes.map((n, i) => ({ id: `t${i}`, source: n.id, target: `c${(i * 7 + 1) % nodes.length}` }));
    const request = { name: 'fcose' as const, nodes, edges };
    const positions = await layoutPositions(request);
    expect(positions).toEqual(await layoutPositions(request));
    const meanX = (side: string) => {
      const xs = nodes.filter((n) => n.side === side).map((n) => positions[n.id]!.x);
      return xs.reduce((a, b) => a + b, 0) / xs.length;
    };
    expect(meanX('eu')).toBeLessThan(meanX('non-eu'));
  });
  it('places a network at the positions it came with only when every node has one', () => {
    const elements = toElements(NETWORK, { colourBy: 'country', countries: COUNTRIES, sectors: SECTORS, palette });
    const ids = elements.filter((e) => e.group === 'nodes').map((e) => String(e.data.id));
    const all = ids.map((id, i) => ({ id, x: i * 10, y: -i }));
    const cy = headless(withPositions(elements, all));
    expect(placedPositions(cy)).toEqual(Object.fromEntries(all.map((p) => [p.id, { x: p.x, y: p.y }])));
    // Added where they will be drawn, so that what the canvas measures as they are added still holds.
    const placed = withPositions(elements, all).filter((e) => e.group === 'nodes');
    expect(placed.map((e) => e.position)).toEqual(all.map((p) => ({ x: p.x, y: p.y })));
    // A later network without positions (a small one, laid out in the browser): the kept nodes lose theirs.
    const later = withPositions(elements, null);
    cy.batch(() => later.forEach((e) => cy.getElementById(String(e.data.id)).data(e.data)));
    expect(placedPositions(cy)).toBeNull();
    cy.destroy();
    expect(placedPositions(headless(withPositions(elements, all.slice(1))))).toBeNull();
  });
  it('gives the same force layout run in steps (as the server runs it) as run at once (as the worker does)', () => {
    const nodes = Array.from({ length: 60 }, (_, i) => {
      const side = i % 3 ? ('eu' as const) : ('non-eu' as const);
      return { id: `c${i}`, side, position: initialPosition(`c${i}`, side) };
    });
    const edges = nodes.map((n, i) => ({ source: n.id, target: `c${(i * 7 + 1) % nodes.length}` }));
    const steps = forceSteps({ nodes, edges }, 7);
    let step = steps.next();
    let yielded = 0;
    for (; !step.done; step = steps.next()) yielded += 1;
    expect(yielded).toBeGreaterThan(1);
    expect(step.value).toEqual(forcePositions({ nodes, edges }));
  });
  it('lays the same network out the same way every time, so a shared link shows the same picture', () => {
    const positions = () => {
      const cy = headless();
      cy.layout(layoutOptions({ name: 'fcose', nodes: layoutNodesOf(cy) })).run();
      const out = cy.nodes().map((n) => [n.id(), Math.round(n.position('x')), Math.round(n.position('y'))]);
      cy.destroy();
      return out;
    };
    expect(positions()).toEqual(positions());
  });
  it('lays a network out the same way on every load: fcose draws random numbers, which are seeded', async () => {
    // Four groups of clusters tied in rings, starting where toElements puts them: unseeded, fcose
    // placed this network differently on each run, so a shared link showed another picture.
    const nodes = Array.from({ length: 48 }, (_, i) => {
      const side = i % 3 ? ('eu' as const) : ('non-eu' as const);
      return { id: `c${i}`, side, degree: 2, size: 30, position: initialPosition(`c${i}`, side) };
    });
    const edges = nodes.map((n, i) => ({ id: `t${i}`, source: n.id, target: `c${i - (i % 12) + ((i + 1) % 12)}` }));
    const request = { name: 'fcose' as const, nodes, edges };
    expect(await layoutPositions(request)).toEqual(await layoutPositions(request));
  });
  it('puts Math.random back after a seeded run', () => {
    const original = Math.random;
    expect(withSeededRandom(1, () => [Math.random(), Math.random()])).toEqual(
      withSeededRandom(1, () => [Math.random(), Math.random()]),
    );
    expect(Math.random).toBe(original);
  });
  it('lays the network out with EU and non-EU apart, without overlaps', () => {
    const cy = headless();
    cy.layout(layoutOptions({ name: 'fcose', nodes: layoutNodesOf(cy) })).run();
    const xs = (side: string) => cy.nodes(`[side = "${side}"]`).map((n) => n.position('x'));
    expect(Math.max(...xs('eu'))).toBeLessThan(Math.min(...xs('non-eu')));
    const boxes = cy.nodes().map((n) => ({ id: n.id(), p: n.position(), r: n.data('size') / 2 }));
    for (const a of boxes)
      for (const b of boxes)
        if (a.id < b.id) expect(Math.hypot(a.p.x - b.p.x, a.p.y - b.p.y)).toBeGreaterThan(a.r + b.r);
    cy.destroy();
  });
});

describe('view', () => {
  it('merges neighbourhoods by id and reports what was added', () => {
    const extra = {
      nodes: [{ id: 'new', label: 'New', country: 'FR', sectors: [], degree: 1 }],
      edges: [
        {
          id: 'e9',
          source: 'new',
          target: 'skywin',
          kind: 'MISSION' as const,
          via: [],
          years: [],
          weight: 1,
        },
      ],
    };
    const merged = mergeGraphs([NETWORK, extra, NETWORK]);
    expect(merged.nodes).toHaveLength(6);
    expect(merged.edges).toHaveLength(5);
    expect(addedNodeIds(NETWORK, merged)).toEqual(['new']);
  });
  it('hides clusters with their ties and focuses on one cluster and its partners', () => {
    expect(visibleGraph(NETWORK, { hidden: ['aero-montreal'] }).edges.map((e) => e.id)).toEqual(['e4']);
    const focused = visibleGraph(NETWORK, {
      hidden: [],
      focus: 'aerospace-valley',
    });
    expect(focused.nodes.map((n) => n.id).sort()).toEqual(['aero-montreal', 'aerospace-valley']);
    expect(focused.edges.map((e) => e.id)).toEqual(['e2', 'e3']);
  });
});

describe('highlight', () => {
  it('emphasises a cluster with its partners, or the ties through an agreement', () => {
    expect(highlightFor('skywin', NETWORK, { neighbours: true }).sort()).toEqual(['aero-montreal', 'e1', 'skywin']);
    expect(highlightFor('skywin', NETWORK, { neighbours: false })).toEqual([]);
    expect(highlightFor('m-1', NETWORK, { neighbours: false }).sort()).toEqual([
      'aero-montreal',
      'aerospace-valley',
      'e3',
    ]);
    expect(highlightFor(null, NETWORK, { neighbours: true })).toEqual([]);
  });
});

describe('withoutUntied', () => {
  it('leaves out clusters without a tie in view, except those kept, and counts them', () => {
    const graph = {
      nodes: [...NETWORK.nodes, { id: 'alone', label: 'Alone', sectors: [], degree: 0 }],
      edges: NETWORK.edges,
    };
    expect(withoutUntied(graph, new Set()).untied).toBe(1);
    expect(withoutUntied(graph, new Set()).graph.nodes.map((n) => n.id)).not.toContain('alone');
    expect(withoutUntied(graph, new Set(['alone']))).toMatchObject({ untied: 0 });
  });
});

describe('export', () => {
  const names: ExportNames = {
    facts: new Map([
      [
        'mou-1',
        {
          id: 'mou-1',
          name: 'Skywin – Aéro Montréal MoU',
          entityKind: 'AGREEMENT',
          citations: [
            { excerpt: 'MoU signed, "updated" in 2013', source: { id: 's1', title: 'Paper', file: '001.txt' } },
          ],
        },
      ],
    ]),
    countryName: (code) => (code === 'CA' ? 'Canada' : (code ?? '')),
    sectorName: (id) => (id === 'aerospace' ? 'Aerospace' : id),
  };

  it('writes nodes and ties as CSV with names and citations, quoting and defusing formulas', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('=cmd()')).toBe("'=cmd()");
    expect(csvField(['x', 'y'])).toBe('x;y');
    expect(nodesToCsv(NETWORK, names).split('\r\n')[2]).toBe('aero-montreal,Aéro Montréal,CA,Canada,Aerospace,3');
    expect(tiesToCsv(NETWORK, names).split('\r\n')[1]).toBe(
      'e1,skywin,Skywin,aero-montreal,Aéro Montréal,AGREEMENT,2013,mou-1,Skywin – Aéro Montréal MoU,' +
        '"“MoU signed, ""updated"" in 2013” (Paper, 001.txt)"',
    );
  });

  it('zips nodes.csv and ties.csv together', () => {
    const files = unzipSync(graphToCsvZip(NETWORK, names));
    expect(Object.keys(files).sort()).toEqual(['nodes.csv', 'ties.csv']);
    expect(strFromU8(files['ties.csv'] as Uint8Array)).toContain('Skywin – Aéro Montréal MoU');
  });

  it('writes JSON with names and the citations of each tie', () => {
    const parsed = JSON.parse(graphToJson(NETWORK, names, { filters: {} })) as {
      nodes: { name: string }[];
      ties: { sourceName: string; facts: { citations?: { excerpt: string }[] }[] }[];
    };
    expect(parsed.nodes).toHaveLength(5);
    expect(parsed.ties).toHaveLength(4);
    expect(parsed.ties[0]?.sourceName).toBe('Skywin');
    expect(parsed.ties[0]?.facts[0]?.citations?.[0]?.excerpt).toContain('MoU signed');
  });

  it('writes GraphML that an XML parser reads, with escaped names and citations', () => {
    const text = graphToGraphml(NETWORK, names);
    expect(text).toContain('<node id="aero-montreal">');
    expect(text).toContain('&quot;updated&quot;');
    expect(text.match(/<edge /g)).toHaveLength(4);
    expect(text).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
  });
});

describe('hubIds', () => {
  it('keeps the labels of the best-connected clusters, ties broken by id, isolated clusters never', () => {
    const nodes = Array.from({ length: HUB_COUNT + 5 }, (_, i) => ({
      id: `c${String(i).padStart(2, '0')}`,
      degree: i % 4,
    }));
    const hubs = hubIds(nodes);
    expect(hubs.size).toBe(HUB_COUNT);
    expect([...hubs].every((id) => (nodes.find((n) => n.id === id)?.degree ?? 0) > 0)).toBe(true);
    expect(hubIds(nodes)).toEqual(hubs);
    expect(hubIds([{ id: 'alone', degree: 0 }]).size).toBe(0);
  });
});
