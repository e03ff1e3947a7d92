import type { Executor } from '../../db/executor.js';
import { gazetteer, type GazetteerPoint, type Location } from './gazetteer.js';
import { CLUSTER_LOCATIONS } from './queries.js';

/** Where one cluster is drawn on the map: its gazetteer point, or why it has none. */
export interface ClusterPlaceRecord {
  clusterId: string;
  country: string | null;
  region: string | null;
  point: GazetteerPoint | null;
  unplacedBecause: string | null;
}

/** The places of some clusters (unknown ids are left out), in one statement. */
export async function clusterPlaces(executor: Executor, ids: readonly string[]): Promise<ClusterPlaceRecord[]> {
  const rows = await executor.read<Location & { id: string }>(CLUSTER_LOCATIONS, { ids: [...new Set(ids)] });
  const places = gazetteer();
  return rows.map((row) => {
    const placement = places.place(row);
    return {
      clusterId: row.id,
      country: row.country,
      region: row.region?.name ?? null,
      point: placement.point,
      unplacedBecause: placement.reason,
    };
  });
}
