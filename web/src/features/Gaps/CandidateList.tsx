import { useRowKeys } from '../../components/ClusterTable';
import { DecisionLine } from './DecisionForm';
import { pairOf, samePair, type GapPair } from '../../graph/gaps';
import { graphql } from '../../gql';
import type { GapCandidateItemFragment } from '../../gql/graphql';

export const GapCandidateItemFragmentDoc = graphql(`
  fragment GapCandidateItem on GapCandidate {
    left {
      id
      name
      country {
        code
        name
      }
    }
    right {
      id
      name
      country {
        code
        name
      }
    }
    sector {
      id
      name
    }
    score
    reasons
    decision {
      id
      status
      reason
      note
      by
      at
    }
  }
`);

export interface CandidateListProps {
  candidates: readonly GapCandidateItemFragment[];
  selected: GapPair | null;
  onChoose: (pair: GapPair) => void;
  /** The question these candidates answer (questionKey), on the table for tests and tools. */
  question: string;
}

const keyOf = (p: GapPair) => `${p.left}|${p.right}|${p.sector}`;

/** Ranked pairs as a grid of rows: arrows move, Enter or Space choose, like the cluster table. */
export function CandidateList({ candidates, selected, onChoose, question }: CandidateListProps) {
  const rows = useRowKeys((key) => {
    const c = candidates.find((x) => keyOf(pairOf(x)) === key);
    if (c) onChoose(pairOf(c));
  });
  const selectedKey = selected ? keyOf(selected) : null;
  const focusable = candidates.find((c) => keyOf(pairOf(c)) === selectedKey) ?? candidates[0];
  return (
    <table
      className="data-table candidates"
      role="grid"
      aria-label="Candidate pairs, best first"
      data-count={candidates.length}
      data-question={question}
    >
      <thead>
        <tr>
          <th scope="col" className="num">
            #
          </th>
          <th scope="col">Pair, sector and reasons</th>
          <th scope="col" className="num">
            Score
          </th>
        </tr>
      </thead>
      <tbody ref={rows.body}>
        {candidates.map((c, i) => {
          const pair = pairOf(c);
          const key = keyOf(pair);
          return (
            <tr
              key={key}
              role="row"
              data-testid="gap-candidate"
              data-left={c.left.id}
              data-right={c.right.id}
              data-left-country={c.left.country?.code}
              data-sector={c.sector.id}
              aria-selected={samePair(pair, selected)}
              tabIndex={c === focusable ? 0 : -1}
              onClick={() => onChoose(pair)}
              onKeyDown={(e) => rows.onKeyDown(e, key)}
            >
              <td className="num">{i + 1}</td>
              <td>
                <div className="pair">
                  <strong>
                    <bdi>{c.left.name}</bdi>
                  </strong>
                  {c.left.country && <span className="muted"> ({c.left.country.name})</span>}{' '}
                  <span aria-label="and">↔</span>{' '}
                  <strong>
                    <bdi>{c.right.name}</bdi>
                  </strong>
                  {c.right.country && <span className="muted"> ({c.right.country.name})</span>}
                </div>
                <div className="muted">
                  in <bdi>{c.sector.name}</bdi>
                </div>
                {c.decision && <DecisionLine decision={c.decision} />}
                <ul className="reasons" data-testid="gap-reasons">
                  {c.reasons.map((r) => (
                    <li key={r}>{r}</li>
                  ))}
                </ul>
              </td>
              <td className="num">{c.score.toFixed(2)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
