import { graphql } from '../../gql';

// Where the clusters of the network are: a gazetteer point, or why there is none.
export const ClusterPlacesQuery = graphql(`
  query MapClusterPlaces($ids: [ID!]!) {
    clusterPlaces(ids: $ids) {
      clusterId
      country
      region
      point {
        name
        lat
        lon
      }
      unplacedBecause
    }
    gazetteer {
      name
      licence
      url
    }
  }
`);
