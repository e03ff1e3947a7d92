import { GAP_SHARE_BINS, NO_PAIRS_BIN, missingPairsText, shareBin } from '../../graph/gaps';
import { graphql } from '../../gql';
import type { GapMatrixFragment } from '../../gql/graphql';
import { UnderServed } from './UnderServed';

export const GapMatrixFragmentDoc = graphql(`
  fragment GapMatrix on CooperationMatrix {
    cells {
      sector {
        id
        name
        parent {
          id
          name
        }
      }
      leftClusters
      rightClusters
      ties
      possiblePairs
      tiedPairs
      missingPairs
      gapShare
    }
    underServed {
      __typename
      id
      name
      entityKind
      ... on Cluster {
        clusterKind
        country {
          code
          name
        }
      }
    }
  }
`);

export interface GapMatrixProps {
  matrix: GapMatrixFragment;
  leftLabel: string;
  rightLabel: string;
  selectedSectors: readonly string[];
  /** Narrow the candidates (and the matrix) to one sector, or back to all when it is the only one. */
  onSector: (id: string) => void;
  onSelectCluster: (id: string) => void;
  /** Open the list of the clusters a count stands for. */
  onOpenCell: (cell: { sector: { id: string; name: string }; side: 'left' | 'right' }) => void;
}

/**
 * The heatmap is a real table: row and column headers, the number in every cell, and colour
 * only on top of it, so a screen reader or a greyscale print loses nothing.
 */
export function GapMatrix({
  matrix,
  leftLabel,
  rightLabel,
  selectedSectors,
  onSector,
  onSelectCluster,
  onOpenCell,
}: GapMatrixProps) {
  return (
    <div className="gaps-top">
      <div className="gaps-matrix">
        <table className="data-table heatmap" data-testid="gaps-matrix" data-count={matrix.cells.length}>
          <caption>
            Cooperation by sector: {leftLabel} and {rightLabel}
          </caption>
          <thead>
            <tr>
              <th scope="col">Sector</th>
              <th scope="col" className="num">
                Clusters in {leftLabel}
              </th>
              <th scope="col" className="num">
                Clusters in {rightLabel}
              </th>
              <th scope="col" className="num">
                Ties between them
              </th>
              <th scope="col" className="num">
                Pairs with no tie
              </th>
            </tr>
          </thead>
          <tbody>
            {matrix.cells.map((c) => {
              const bin = shareBin(c.gapShare);
              const only = selectedSectors.length === 1 && selectedSectors[0] === c.sector.id;
              const count = (side: 'left' | 'right', n: number, label: string) =>
                n === 0 ? (
                  n
                ) : (
                  <button
                    type="button"
                    className="linkish"
                    title={`List the ${n} clusters of ${label} in ${c.sector.name}`}
                    data-testid={`gaps-count-${side}`}
                    onClick={() => onOpenCell({ sector: c.sector, side })}
                  >
                    {n}
                  </button>
                );
              return (
                <tr key={c.sector.id} data-sector={c.sector.id}>
                  <th scope="row">
                    <button
                      type="button"
                      className="linkish"
                      aria-pressed={only}
                      title={only ? 'Show every sector again' : `Show only the gaps in ${c.sector.name}`}
                      onClick={() => onSector(c.sector.id)}
                    >
                      {c.sector.name}
                    </button>
                    {c.sector.parent && <span className="muted"> in {c.sector.parent.name}</span>}
                  </th>
                  <td className="num">{count('left', c.leftClusters, leftLabel)}</td>
                  <td className="num">{count('right', c.rightClusters, rightLabel)}</td>
                  <td className="num">{c.ties}</td>
                  <td
                    className="num heat"
                    style={{ background: bin.colour, color: bin.ink }}
                    data-share={c.gapShare ?? ''}
                    title={`${c.tiedPairs} of ${c.possiblePairs} pairs tied`}
                  >
                    {missingPairsText(c)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <section className="heat-legend" aria-label="How to read the matrix" data-testid="gaps-legend">
          <h3>Pairs with no tie</h3>
          <ul>
            {[...GAP_SHARE_BINS, NO_PAIRS_BIN].map((b) => (
              <li key={b.label}>
                <span className="swatch" style={{ background: b.colour }} aria-hidden="true" />
                {b.label}
              </li>
            ))}
          </ul>
          <p className="hint">
            Each row counts the clusters of {leftLabel} and of {rightLabel} active in the sector or a sub-sector (public
            bodies and networks left out); a count opens the list. They could form clusters in {leftLabel} × clusters in{' '}
            {rightLabel} pairs. <strong>Pairs with no tie</strong> are those of these pairs that no agreement, mission
            or partnership joins, in any sector, out of all of them: 0 % when every pair is tied, 100 % when none is.
            The scale is the same in every view, so rows and comparisons can be set side by side. <strong>Ties</strong>{' '}
            counts the agreements, missions and partnerships in the sector that join a cluster of each side counted in
            the row, so a row with ties always has clusters on both sides. A planned or initiated agreement is no tie
            unless the switch beside the sides says so.
          </p>
        </section>
      </div>
      <UnderServed entries={matrix.underServed} onSelectCluster={onSelectCluster} onSector={onSector} />
    </div>
  );
}
