import { omissionNote, overviewNote, type Grouping, type OverviewData } from '../../graph/overview';

/** Says what the canvas aggregates or leaves out, with the ways to see more: never a silent cut. */
export function LevelOfDetailNote(props: {
  grouping: Grouping | null;
  overview: OverviewData | null;
  network: { nodes: readonly unknown[]; omittedClusters: number; omittedTies: number } | null;
  onGroup: (grouping: Grouping) => void;
}) {
  const { grouping, overview, network, onGroup } = props;
  const choice = (to: Grouping, text: string) =>
    grouping !== to && (
      <button type="button" className="linkish" onClick={() => onGroup(to)} data-testid={`group-${to}`}>
        {text}
      </button>
    );
  if ((grouping === 'country' || grouping === 'sector') && overview) {
    return (
      <p className="banner" data-testid="lod-note">
        {overviewNote(overview, grouping)} {choice('country', 'By country')} {choice('sector', 'By sector')}{' '}
        {choice('clusters', 'The most connected clusters')}
      </p>
    );
  }
  const omitted = network && omissionNote(network);
  if (!omitted) return null;
  return (
    <p className="banner" data-testid="lod-note">
      {omitted} See them grouped: {choice('sector', 'by sector')} {choice('country', 'by country')}
    </p>
  );
}
