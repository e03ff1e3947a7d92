import cytoscape, { type Collection, type ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { addInSlices, showPlaced, SLICE_ELEMENTS, splitFirstPicture } from './slices';

const nodes: ElementDefinition[] = Array.from({ length: 250 }, (_, i) => ({
  group: 'nodes',
  data: { id: `n${i}` },
  position: { x: i, y: i % 7 },
}));
const edges: ElementDefinition[] = nodes.slice(1).map((n, i) => ({
  group: 'edges',
  data: { id: `e${i}`, source: 'n0', target: String(n.data.id) },
}));

describe('addInSlices', () => {
  it('adds every element, measured, and none in the task that asked', async () => {
    const cy = cytoscape({ headless: true, styleEnabled: true });
    const added = addInSlices(cy, [...nodes, ...edges], { current: () => true });
    expect(cy.elements().length).toBe(0);
    await added;
    expect(cy.nodes().length).toBe(nodes.length);
    expect(cy.edges().length).toBe(edges.length);
    expect(cy.getElementById('n9').position()).toEqual({ x: 9, y: 2 });
    cy.destroy();
  });
  it('adds a first picture where the view does not look, and shows it by looking back', async () => {
    const cy = cytoscape({ headless: true, styleEnabled: true });
    const before = { zoom: cy.zoom(), pan: { ...cy.pan() } };
    const added = await addInSlices(cy, [...nodes, ...edges], { current: () => true });
    const inView = (e: cytoscape.CollectionArgument) => {
      const box = e.boundingBox();
      const view = cy.extent();
      return box.x2 >= view.x1 && box.x1 <= view.x2 && box.y2 >= view.y1 && box.y1 <= view.y2;
    };
    // Nothing hidden one by one: showing them costs no element a style change.
    expect(cy.elements().every((e) => e.style('visibility') === 'visible')).toBe(true);
    expect(cy.elements().some(inView)).toBe(false);
    showPlaced(cy, added);
    expect({ zoom: cy.zoom(), pan: cy.pan() }).toEqual(before);
    expect(cy.elements().some(inView)).toBe(true);
    cy.destroy();
  });
  it('adds to a picture on screen hidden, styled by the stylesheet underneath, and shows those still in the graph', async () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: [{ selector: 'node', style: { 'background-color': '#123456' } }],
    });
    cy.add({ group: 'nodes', data: { id: 'shown' }, position: { x: 0, y: 0 } });
    const view = { zoom: cy.zoom(), pan: { ...cy.pan() } };
    const added = await addInSlices(cy, [...nodes, ...edges], { current: () => true });
    expect(added.length).toBe(nodes.length + edges.length);
    expect({ zoom: cy.zoom(), pan: cy.pan() }).toEqual(view);
    expect(added.every((e) => e.style('visibility') === 'hidden')).toBe(true);
    expect(cy.getElementById('n3').style('background-color')).toBe('rgb(18,52,86)');
    cy.getElementById('n249').remove();
    showPlaced(cy, added);
    expect(cy.elements().every((e) => e.style('visibility') === 'visible')).toBe(true);
    expect(cy.getElementById('n3').style('background-color')).toBe('rgb(18,52,86)');
    cy.destroy();
  });
  it('adds in view over several tasks and tells the renderer once, of them all, when the last is in', async () => {
    const cy = cytoscape({ headless: true, styleEnabled: true });
    cy.add(nodes);
    // What reaches the renderer (Cytoscape's headless one does nothing with it).
    const told: { event: string; eles: number }[] = [];
    const renderer = (
      cy as typeof cy & { renderer: () => { notify: (event: string, eles?: Collection) => void } }
    ).renderer();
    const notify = renderer.notify.bind(renderer);
    renderer.notify = (event, eles) => {
      told.push({ event, eles: eles?.length ?? 0 });
      notify(event, eles);
    };
    let slices = 0;
    const added = await addInSlices(cy, edges, { current: () => ++slices > 0, sliceMs: 0, inView: true });
    expect(slices).toBeGreaterThan(1);
    expect(added.every((e) => e.style('visibility') === 'visible')).toBe(true);
    expect(told).toEqual([{ event: 'add', eles: edges.length }]);
    cy.destroy();
  });
  it('stops once superseded: a newer element set does not wait for an older one', async () => {
    const cy = cytoscape({ headless: true, styleEnabled: true });
    let slices = 0;
    // One slice of SLICE_ELEMENTS per task, then superseded.
    await addInSlices(cy, nodes, { current: () => slices++ < 1, sliceMs: 0 });
    expect(cy.nodes().length).toBe(SLICE_ELEMENTS);
    cy.destroy();
  });
});

describe('splitFirstPicture', () => {
  const node = (id: string, degree: number): ElementDefinition => ({ group: 'nodes', data: { id, degree } });
  const tie = (id: string, source: string, target: string, weight: number): ElementDefinition => ({
    group: 'edges',
    data: { id, source, target, weight },
  });
  const picture = [
    node('a', 3),
    node('b', 1),
    node('c', 2),
    tie('ab', 'a', 'b', 1),
    tie('ac', 'a', 'c', 1),
    tie('bc', 'b', 'c', 4),
    tie('ca', 'c', 'a', 2),
  ];
  const ids = (elements: ElementDefinition[]) => elements.map((e) => e.data.id);

  it('keeps every node and the heaviest ties first, the better connected first among equals', () => {
    const { first, rest } = splitFirstPicture(picture, 5);
    expect(ids(first)).toEqual(['a', 'b', 'c', 'bc', 'ca']);
    expect(ids(rest)).toEqual(['ac', 'ab']);
  });
  it('leaves a picture within the budget whole', () => {
    expect(splitFirstPicture(picture, picture.length)).toEqual({ first: picture, rest: [] });
  });
  it('keeps every node even past the budget', () => {
    const { first, rest } = splitFirstPicture(picture, 2);
    expect(ids(first)).toEqual(['a', 'b', 'c']);
    expect(rest).toHaveLength(4);
  });
});
