import { formatCount } from '../graph/format';
import type { OverviewData } from '../graph/overview';
import { useRowKeys } from './ClusterTable';

export interface GroupTableProps {
  overview: OverviewData;
  /** What a group is: the tables name it. */
  noun: 'country' | 'sector';
  /** A group picked in the table drills down, as a click on its node does. */
  onPick: (groupId: string) => void;
}

/**
 * The lists beside an aggregated view: its groups and the links between them, so that what the
 * canvas or the map draws is also read as text (the cluster list would be empty: no cluster is drawn).
 */
export function GroupTable({ overview, noun, onPick }: GroupTableProps) {
  const groups = [...overview.groups].sort((a, b) => b.clusters - a.clusters || a.label.localeCompare(b.label));
  const labels = new Map(overview.groups.map((g) => [g.id, g.label]));
  const links = [...overview.links].sort((a, b) => b.ties - a.ties || a.id.localeCompare(b.id));
  const keys = useRowKeys(onPick);
  const plural = noun === 'country' ? 'countries' : 'sectors';
  const title = noun === 'country' ? 'Country' : 'Sector';

  return (
    <div className="tables">
      <table
        className="data-table"
        role="grid"
        aria-label={`${noun === 'country' ? 'Countries' : 'Sectors'} shown`}
        data-testid="group-table"
        data-count={groups.length}
      >
        <caption>
          {formatCount(groups.length)} {groups.length === 1 ? noun : plural} shown, holding{' '}
          {formatCount(overview.clusters)} clusters. Pick one to see its clusters.
        </caption>
        <thead>
          <tr>
            <th scope="col">{title}</th>
            <th scope="col">Clusters</th>
            <th scope="col">Ties</th>
          </tr>
        </thead>
        <tbody ref={keys.body}>
          {groups.map((g, i) => (
            <tr
              key={g.id}
              role="row"
              tabIndex={i === 0 ? 0 : -1}
              data-id={g.id}
              onClick={() => onPick(g.id)}
              onKeyDown={(e) => keys.onKeyDown(e, g.id)}
            >
              <td>{g.label}</td>
              <td className="num">{formatCount(g.clusters)}</td>
              <td className="num">{formatCount(g.ties)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="data-table" aria-label={`Ties between ${plural}`} data-testid="link-table">
        <caption>
          {formatCount(links.length)} pairs of {plural} with ties between them
        </caption>
        <thead>
          <tr>
            <th scope="col">Between</th>
            <th scope="col">Ties</th>
          </tr>
        </thead>
        <tbody>
          {links.map((l) => (
            <tr key={l.id}>
              <td>
                {labels.get(l.source) ?? l.source} – {labels.get(l.target) ?? l.target}
              </td>
              <td className="num">{formatCount(l.ties)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
