import { EntityLink } from '../../components/EntityLink';
import { gapBin, gapBins } from '../../graph/gaps';
import { graphql } from '../../gql';
import type { GapMatrixFragment } from '../../gql/graphql';

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
      gapIndex
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
}: GapMatrixProps) {
  const max = Math.max(0, ...matrix.cells.map((c) => c.gapIndex));
  const bins = gapBins(max);
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
                Gap index
              </th>
            </tr>
          </thead>
          <tbody>
            {matrix.cells.map((c) => {
              const bin = gapBin(c.gapIndex, bins);
              const only = selectedSectors.length === 1 && selectedSectors[0] === c.sector.id;
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
                  <td className="num">{c.leftClusters}</td>
                  <td className="num">{c.rightClusters}</td>
                  <td className="num">{c.ties}</td>
                  <td className="num heat" style={{ background: bin.colour, color: bin.ink }}>
                    {c.gapIndex.toFixed(2)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <section className="heat-legend" aria-label="Gap index legend" data-testid="gaps-legend">
          <h3>Gap index</h3>
          <ul>
            {bins.map((b) => (
              <li key={b.label}>
                <span className="swatch" style={{ background: b.colour }} aria-hidden="true" />
                {b.label}
              </li>
            ))}
          </ul>
          <p className="hint">
            √(clusters in {leftLabel} × clusters in {rightLabel}) ÷ (1 + ties between them). It is 0 when a side has no
            cluster in the sector, and rises when both sides are present and few agreements, missions or partnerships
            join them: the darker, the more room for cooperation. A sector counts its sub-sectors.
          </p>
        </section>
      </div>
      <section className="under-served" aria-label="Under-served" data-testid="gaps-under-served">
        <h3>Under-served</h3>
        <p className="hint">
          Superclusters with no tie to the other side, and priority sectors that no tie between the sides covers.
        </p>
        {matrix.underServed.length === 0 ? (
          <p className="muted">None for these sides.</p>
        ) : (
          <ul>
            {matrix.underServed.map((e) => (
              <li key={e.id}>
                {e.__typename === 'Cluster' ? (
                  <>
                    <EntityLink id={e.id} name={e.name} onSelect={onSelectCluster} />
                    <span className="muted">
                      {' '}
                      · {e.clusterKind === 'SUPERCLUSTER' ? 'supercluster' : 'cluster'}
                      {e.country ? `, ${e.country.name}` : ''}
                    </span>
                  </>
                ) : e.__typename === 'Sector' ? (
                  <>
                    <button type="button" className="linkish" onClick={() => onSector(e.id)}>
                      {e.name}
                    </button>
                    <span className="muted"> · priority sector</span>
                  </>
                ) : (
                  <span>{e.name}</span>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
