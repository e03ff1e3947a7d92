/** Example operations preloaded as tabs, so a developer starts from working queries. */
export const EXAMPLES: readonly {
  title: string;
  query: string;
  variables?: string;
}[] = [
  {
    title: 'Find a cluster',
    query: `# Full-text search over names, acronyms and aliases, best match first.
query FindCluster($text: String!) {
  search(text: $text, kinds: [CLUSTER], first: 5) {
    score
    entity {
      id
      name
      ... on Cluster {
        acronym
        country { code name }
        agreements {
          name
          agreementKind
          signedOn
          parties { name }
          citations { excerpt source { title file } }
        }
      }
    }
  }
}`,
    variables: '{ "text": "MEDTEQ" }',
  },
  {
    title: 'Neighbourhood',
    query: `# Who a cluster works with, one tie away.
query Neighbourhood($id: ID!) {
  neighbourhood(id: $id, depth: 1) {
    nodes { id label country degree }
    edges { source target kind years via }
  }
}`,
    variables: '{ "id": "aero-montreal" }',
  },
  {
    title: 'Shortest path',
    query: `# The shortest chain of ties between two clusters, or null.
query Path($from: ID!, $to: ID!) {
  shortestPath(from: $from, to: $to) {
    hops
    nodes { id label country }
    edges { source target kind via years }
  }
}`,
    variables: '{ "from": "skywin", "to": "aerospace-valley" }',
  },
  {
    title: 'Filtered network',
    query: `# Agreements between French and Canadian clusters since 2010.
query Network($filter: NetworkFilter) {
  network(filter: $filter) {
    nodes { id label country sectors degree }
    edges { source target kind years weight }
  }
}`,
    variables: '{ "filter": { "countries": ["FR", "CA"], "tieKinds": ["AGREEMENT"], "fromYear": 2010 } }',
  },
];
