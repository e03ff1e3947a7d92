import { graphql } from '../../gql';

/** The About page: what the graph covers and each document's contribution. */
export const AboutQuery = graphql(`
  query AboutTheData {
    coverage {
      ...CoverageNote_coverage
    }
    sources {
      id
      title
      publisher
      publishedOn
      file
      url
      contributes {
        label
        count
      }
    }
  }
`);

/** A source's page: its text and every excerpt with the facts it supports. */
export const SourceQuery = graphql(`
  query SourcePage($id: ID!) {
    source(id: $id) {
      id
      title
      publisher
      publishedOn
      file
      url
      text
      passages {
        excerpt
        spans {
          start
          end
        }
        entities {
          id
          name
          entityKind
        }
      }
    }
  }
`);

/** What a view that counts says about the graph's reach; `sides` as the Gaps view compares them. */
export const CoverageQuery = graphql(`
  query Coverage($sides: [Side!]) {
    coverage(sides: $sides) {
      ...CoverageNote_coverage
      sides {
        clusters
        countries
      }
    }
  }
`);

export const CoverageNoteFragment = graphql(`
  fragment CoverageNote_coverage on Coverage {
    sources {
      id
    }
    clusters
    withoutCountry
    firstYear
    lastYear
    undated
    countries {
      country {
        code
        name
        eu
      }
      clusters
    }
  }
`);
