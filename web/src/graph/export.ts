import type { GraphData } from './types';

/**
 * Bidirectional embeddings, overrides, isolates and marks: in a label they can make a spreadsheet
 * show text reordered ("\u202Egnp.exe" reads "exe.png"). Letters of right-to-left scripts stay.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

/** Quote a CSV field when it needs it (RFC 4180), neutralise bidi controls, and defuse spreadsheet formulas. */
export function csvField(value: unknown): string {
  let text = (Array.isArray(value) ? value.join(';') : value == null ? '' : String(value)).replace(BIDI_CONTROLS, '');
  // A leading = + - @ would run as a formula in Excel or LibreOffice when the file is opened.
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return [header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** Two CSV tables in one file would confuse spreadsheets, so nodes and edges come separately. */
export function nodesToCsv(graph: GraphData): string {
  return csv(
    ['id', 'label', 'country', 'sectors', 'degree'],
    graph.nodes.map((n) => [n.id, n.label, n.country ?? '', n.sectors, n.degree]),
  );
}

export function edgesToCsv(graph: GraphData): string {
  return csv(
    ['id', 'source', 'target', 'kind', 'via', 'years', 'weight'],
    graph.edges.map((e) => [e.id, e.source, e.target, e.kind, e.via, e.years, e.weight]),
  );
}

/** Nodes, then a blank line, then edges: what is shown, in one download. */
export function graphToCsv(graph: GraphData): string {
  return `${nodesToCsv(graph)}\r\n${edgesToCsv(graph)}`;
}

export function graphToJson(graph: GraphData, meta: Record<string, unknown> = {}): string {
  return JSON.stringify(
    {
      ...meta,
      nodes: graph.nodes.map((n) => ({
        id: n.id,
        label: n.label,
        country: n.country ?? null,
        sectors: n.sectors,
        degree: n.degree,
      })),
      edges: graph.edges.map((e) => ({
        id: e.id,
        source: e.source,
        target: e.target,
        kind: e.kind,
        via: e.via,
        years: e.years,
        weight: e.weight,
      })),
    },
    null,
    2,
  );
}
