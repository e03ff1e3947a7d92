import type { RefObject } from 'react';
import { useClient } from 'urql';
import type { GraphCanvasHandle } from '../../components/GraphCanvas/GraphCanvas';
import { download } from '../../download';
import { graphToCsvZip, graphToGraphml, graphToJson, type ExportFact, type ExportNames } from '../../graph/export';
import type { Filters } from '../../graph/filters';
import type { CountryInfo, GraphData, SectorInfo } from '../../graph/types';
import { graphql } from '../../gql';

const FactsQuery = graphql(`
  query ExportFacts($ids: [ID!]!) {
    entities(ids: $ids) {
      id
      name
      entityKind
      citations {
        excerpt
        source {
          id
          title
          file
          url
        }
      }
    }
  }
`);

/** The server answers at most this many ids per question. */
const PAGE = 500;

export interface ExportsInput {
  graph: GraphData;
  filters: Filters;
  countries: readonly CountryInfo[];
  sectors: readonly SectorInfo[];
  canvas: RefObject<GraphCanvasHandle | null>;
}

/** Every export of what is shown: the files carry names and, for each tie, the facts and citations behind it. */
export function useExports(input: ExportsInput) {
  const client = useClient();

  const names = async (): Promise<ExportNames> => {
    const ids = [...new Set(input.graph.edges.flatMap((e) => e.via))];
    const facts = new Map<string, ExportFact>();
    for (let i = 0; i < ids.length; i += PAGE) {
      const result = await client.query(FactsQuery, { ids: ids.slice(i, i + PAGE) }).toPromise();
      // An export without its citations would look complete and not be: fail loudly instead.
      if (result.error || !result.data) throw result.error ?? new Error('The citations could not be read');
      for (const fact of result.data.entities) if (fact) facts.set(fact.id, fact);
    }
    const countries = new Map(input.countries.map((c) => [c.code, c.name]));
    const sectors = new Map(input.sectors.map((s) => [s.id, s.name]));
    return {
      facts,
      countryName: (code) => (code ? (countries.get(code.toUpperCase()) ?? code) : ''),
      sectorName: (id) => sectors.get(id) ?? id,
    };
  };
  const meta = () => ({ filters: input.filters, exportedAt: new Date().toISOString() });
  const canvas = () => {
    const handle = input.canvas.current;
    if (!handle) throw new Error('The canvas is not ready');
    return handle;
  };

  return {
    png: async () => download(await canvas().exportPng(), 'cluster-atlas.png'),
    svg: async () => download(await canvas().exportSvg(), 'cluster-atlas.svg', 'image/svg+xml'),
    csv: async () => download(graphToCsvZip(input.graph, await names()), 'cluster-atlas-csv.zip', 'application/zip'),
    json: async () =>
      download(graphToJson(input.graph, await names(), meta()), 'cluster-atlas.json', 'application/json'),
    graphml: async () =>
      download(graphToGraphml(input.graph, await names()), 'cluster-atlas.graphml', 'application/graphml+xml'),
  };
}
