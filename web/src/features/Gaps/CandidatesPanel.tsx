import { EmptyState, ErrorState, Loading } from '../../components/Status';
import { download } from '../../download';
import { candidatesToCsv, GAP_DECISION_CHOICES, type GapDecisionChoice, type GapPair } from '../../graph/gaps';
import { CandidateList } from './CandidateList';
import type { useGapAnswers } from './useGapAnswers';

export interface CandidatesPanelProps {
  ranking: ReturnType<typeof useGapAnswers>['ranking'];
  leftLabel: string;
  rightLabel: string;
  /** Whether the question names sectors (for the empty state's advice). */
  narrowed: boolean;
  selected: GapPair | null;
  onChoose: (pair: GapPair) => void;
  /** The question the ranking answers (questionKey). */
  question: string;
  pageSize: number;
  onMore: () => void;
  /** Which candidates are listed by their decision, and the choice of it. */
  decision: GapDecisionChoice;
  onDecision: (decision: GapDecisionChoice) => void;
}

const DECISION_LABELS: Record<GapDecisionChoice, string> = {
  ALL: 'All',
  UNDECIDED: 'Not decided yet',
  DISMISSED: 'Dismissed',
  IN_CONTACT: 'In contact',
};

/**
 * The ranked candidates of one question: loading, error or empty said in words, what a bound left
 * out, the list, more on demand, and the CSV export, disabled until the list answers the question.
 */
export function CandidatesPanel({
  ranking,
  leftLabel,
  rightLabel,
  narrowed,
  selected,
  onChoose,
  question,
  pageSize,
  onMore,
  decision,
  onDecision,
}: CandidatesPanelProps) {
  const candidates = ranking.data?.candidates ?? [];
  const bounds = ranking.data?.bounds ?? [];
  return (
    <section
      className="gaps-candidates"
      aria-label="Ranked candidates"
      data-testid="gaps-candidates"
      aria-busy={ranking.fetching}
    >
      <div className="panel-bar">
        <h3 className="sidebar-title">Candidate pairs</h3>
        <span className="spacer" />
        <label>
          Decision{' '}
          <select
            value={decision}
            onChange={(e) => onDecision(e.target.value as GapDecisionChoice)}
            data-testid="gaps-decision-filter"
          >
            {GAP_DECISION_CHOICES.map((choice) => (
              <option key={choice} value={choice}>
                {DECISION_LABELS[choice]}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          disabled={ranking.fetching || !ranking.data || candidates.length === 0}
          onClick={() => download(candidatesToCsv(candidates), 'cluster-atlas-gaps.csv', 'text/csv')}
          data-testid="gaps-export-csv"
          title={ranking.fetching ? 'Wait until the candidates are ranked' : 'The candidates listed here, as CSV'}
        >
          CSV
        </button>
      </div>
      {ranking.loading && <Loading label={`Ranking candidate pairs of ${leftLabel} and ${rightLabel}…`} />}
      {ranking.error && !ranking.loading && (
        <ErrorState what="the candidate pairs" error={ranking.error} onRetry={ranking.retry} />
      )}
      {ranking.data && !ranking.error && candidates.length === 0 && (
        <EmptyState
          title={
            decision === 'ALL'
              ? 'No gaps for these sides and sectors.'
              : `No candidate is ${DECISION_LABELS[decision].toLowerCase()}.`
          }
        >
          <span hidden={decision !== 'ALL'}>
            Widen the sides or sectors: every pair of clusters of {leftLabel} and {rightLabel}
            {narrowed ? ' in these sectors' : ''} is already tied, or only one side is present.
          </span>
        </EmptyState>
      )}
      {ranking.data && candidates.length > 0 && (
        <>
          <p className="hint" data-testid="gaps-ranking-summary">
            {candidates.length} of {ranking.data.totalCount} pairs with no tie of any kind, ranked by the evidence that
            they should cooperate. Choose one to see it on the network.
          </p>
          {bounds.length > 0 && (
            <details className="banner" data-testid="gaps-bounds">
              <summary>
                In {bounds.length} {bounds.length === 1 ? 'sector' : 'sectors'}, only the first{' '}
                {Math.max(...bounds.map((b) => Math.max(b.leftConsidered, b.rightConsidered)))} clusters of a side were
                paired (superclusters first, then the most active): the others are not ranked.
              </summary>
              <ul>
                {bounds.map((b) => (
                  <li key={b.sector.id}>
                    {b.sector.name}: {b.leftConsidered} of {b.leftClusters} in {leftLabel}, {b.rightConsidered} of{' '}
                    {b.rightClusters} in {rightLabel}
                  </li>
                ))}
              </ul>
            </details>
          )}
          <CandidateList candidates={candidates} selected={selected} onChoose={onChoose} question={question} />
          {candidates.length < ranking.data.totalCount && (
            <button type="button" disabled={ranking.fetching} onClick={onMore} data-testid="gaps-show-more">
              {ranking.fetching ? 'Loading…' : `Show ${pageSize} more`}
            </button>
          )}
        </>
      )}
    </section>
  );
}
