import { strToU8, zipSync } from 'fflate';
import type { GraphData } from './types';

/**
 * What is shown, as files people open elsewhere (spreadsheets, Gephi, yEd, scripts): names beside
 * ids, and every tie with the agreements, missions or partnerships behind it and their citations.
 */

/** An agreement, mission or partnership behind a tie, with the sources that state it. */
export interface ExportFact {
  id: string;
  name: string;
  entityKind: string;
  citations: readonly {
    excerpt?: string | null;
    source: { id: string; title: string; file?: string | null; url?: string | null };
  }[];
}

export interface ExportNames {
  /** The facts behind the ties, by id (those not fetched are exported by id only). */
  facts: ReadonlyMap<string, ExportFact>;
  countryName: (code: string | null | undefined) => string;
  sectorName: (id: string) => string;
}

/** Quote a CSV field when it needs it (RFC 4180), and defuse spreadsheet formulas. */
export function csvField(value: unknown): string {
  let text = Array.isArray(value) ? value.join(';') : value == null ? '' : String(value);
  // A leading = + - @ would run as a formula in Excel or LibreOffice when the file is opened.
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return [header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

function nameIndex(graph: GraphData): (id: string) => string {
  const names = new Map(graph.nodes.map((n) => [n.id, n.label]));
  return (id) => names.get(id) ?? id;
}

function citationText(fact: ExportFact): string[] {
  return fact.citations.map((c) => {
    const where = [c.source.title, c.source.file, c.source.url].filter(Boolean).join(', ');
    return c.excerpt ? `“${c.excerpt}” (${where})` : where;
  });
}

export function nodesToCsv(graph: GraphData, names: ExportNames): string {
  return csv(
    ['id', 'name', 'country', 'country_name', 'sectors', 'ties'],
    graph.nodes.map((n) => [
      n.id,
      n.label,
      n.country ?? '',
      n.country ? names.countryName(n.country) : '',
      n.sectors.map(names.sectorName),
      n.degree,
    ]),
  );
}

export function tiesToCsv(graph: GraphData, names: ExportNames): string {
  const nameOf = nameIndex(graph);
  return csv(
    ['id', 'source', 'source_name', 'target', 'target_name', 'kind', 'years', 'facts', 'fact_names', 'citations'],
    graph.edges.map((e) => {
      const facts = e.via.map((id) => names.facts.get(id));
      return [
        e.id,
        e.source,
        nameOf(e.source),
        e.target,
        nameOf(e.target),
        e.kind,
        e.years,
        e.via,
        facts.map((f, i) => f?.name ?? e.via[i]),
        // A list inside one cell: " | " reads better than ";" between sentences.
        facts.flatMap((f) => (f ? citationText(f) : [])).join(' | '),
      ];
    }),
  );
}

/** nodes.csv and ties.csv in one zip: two tables in one CSV file would confuse spreadsheets. */
export function graphToCsvZip(graph: GraphData, names: ExportNames): Uint8Array {
  return zipSync({
    'nodes.csv': strToU8(nodesToCsv(graph, names)),
    'ties.csv': strToU8(tiesToCsv(graph, names)),
  });
}

export function graphToJson(graph: GraphData, names: ExportNames, meta: Record<string, unknown> = {}): string {
  const nameOf = nameIndex(graph);
  return JSON.stringify(
    {
      ...meta,
      nodes: graph.nodes.map((n) => ({
        id: n.id,
        name: n.label,
        country: n.country ?? null,
        countryName: n.country ? names.countryName(n.country) : null,
        sectors: n.sectors.map((id) => ({ id, name: names.sectorName(id) })),
        degree: n.degree,
      })),
      ties: graph.edges.map((e) => ({
        id: e.id,
        source: e.source,
        sourceName: nameOf(e.source),
        target: e.target,
        targetName: nameOf(e.target),
        kind: e.kind,
        years: e.years,
        weight: e.weight,
        facts: e.via.map((id) => names.facts.get(id) ?? { id }),
      })),
    },
    null,
    2,
  );
}

function xml(text: unknown): string {
  return String(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const GRAPHML_KEYS: readonly [string, 'node' | 'edge', string, 'string' | 'int'][] = [
  ['label', 'node', 'label', 'string'],
  ['country', 'node', 'country', 'string'],
  ['sectors', 'node', 'sectors', 'string'],
  ['degree', 'node', 'degree', 'int'],
  ['kind', 'edge', 'kind', 'string'],
  ['years', 'edge', 'years', 'string'],
  ['weight', 'edge', 'weight', 'int'],
  ['facts', 'edge', 'facts', 'string'],
  ['citations', 'edge', 'citations', 'string'],
];

/** GraphML for Gephi, yEd and Cytoscape desktop: undirected, attributes declared, names and citations in them. */
export function graphToGraphml(graph: GraphData, names: ExportNames): string {
  const data = (key: string, value: unknown) => `      <data key="${key}">${xml(value)}</data>`;
  const keys = GRAPHML_KEYS.map(
    ([id, target, name, type]) => `  <key id="${id}" for="${target}" attr.name="${name}" attr.type="${type}"/>`,
  );
  const nodes = graph.nodes.map((n) =>
    [
      `    <node id="${xml(n.id)}">`,
      data('label', n.label),
      data('country', n.country ? names.countryName(n.country) : ''),
      data('sectors', n.sectors.map(names.sectorName).join('; ')),
      data('degree', n.degree),
      '    </node>',
    ].join('\n'),
  );
  const edges = graph.edges.map((e) => {
    const facts = e.via.map((id) => names.facts.get(id));
    return [
      `    <edge id="${xml(e.id)}" source="${xml(e.source)}" target="${xml(e.target)}">`,
      data('kind', e.kind),
      data('years', e.years.join(', ')),
      data('weight', e.weight),
      data('facts', facts.map((f, i) => f?.name ?? e.via[i]).join('; ')),
      data('citations', facts.flatMap((f) => (f ? citationText(f) : [])).join(' | ')),
      '    </edge>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...keys,
    '  <graph id="cluster-atlas" edgedefault="undirected">',
    ...nodes,
    ...edges,
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}
