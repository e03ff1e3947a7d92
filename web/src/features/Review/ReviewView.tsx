import { useMemo, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { EmptyState, ErrorState, Loading } from '../../components/Status';
import { setEditorToken, useEditorToken } from '../../state/editorToken';
import type { ViewProps } from '../../views';
import { AddDocument } from './AddDocument';
import { CandidateCard, type CandidateEdit } from './CandidateCard';
import { DocumentText } from './DocumentText';
import { AcceptCandidateMutation, DocumentReviewQuery, DocumentReviewsQuery, RejectCandidateMutation } from './queries';

/** What an accepted fact changes: every cached read of the network and its entities is stale after it. */
const WRITTEN = {
  additionalTypenames: [
    'Network',
    'NetworkNode',
    'NetworkEdge',
    'Cluster',
    'Agreement',
    'Mission',
    'DocumentReview',
    'CandidateFact',
  ],
};

/** Review: add a document, read it with its proposed facts highlighted, accept or reject them. */
export function ReviewView({ state, update }: ViewProps) {
  const token = useEditorToken();
  const [reviews, refetchReviews] = useQuery({ query: DocumentReviewsQuery, requestPolicy: 'cache-and-network' });
  const reviewId = state.review;
  const [review, refetchReview] = useQuery({
    query: DocumentReviewQuery,
    variables: { id: reviewId ?? '' },
    pause: !reviewId,
    requestPolicy: 'cache-and-network',
  });
  const [accepted, accept] = useMutation(AcceptCandidateMutation);
  const [rejected, reject] = useMutation(RejectCandidateMutation);
  const [selected, setSelected] = useState<string | null>(null);
  const [checked, setChecked] = useState<Set<string>>(new Set());
  const [bulkReason, setBulkReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  /** The candidate being written: a write under load takes seconds, and the card says so meanwhile. */
  const [deciding, setDeciding] = useState<string | null>(null);
  const busy = accepted.fetching || rejected.fetching;
  const document = review.data?.documentReview;
  const candidates = useMemo(() => document?.candidates ?? [], [document]);
  const pending = candidates.filter((c) => c.status === 'PENDING');

  if (!token) return <SignIn />;

  const refresh = () => refetchReview({ requestPolicy: 'network-only' });
  const decide = async (
    ids: string[],
    decision: (id: string) => Promise<{ error?: { message: string; graphQLErrors: { message: string }[] } }>,
  ) => {
    setProblem(null);
    for (const id of ids) {
      setDeciding(id);
      const result = await decision(id);
      if (result.error) {
        setProblem(result.error.graphQLErrors[0]?.message ?? result.error.message);
        break;
      }
    }
    setDeciding(null);
    setChecked(new Set());
    refresh();
  };
  const acceptOne = (id: string, edit?: CandidateEdit) =>
    decide([id], (one) => accept({ id: one, ...(edit && Object.keys(edit).length > 0 ? { edit } : {}) }, WRITTEN));
  const rejectOne = (id: string, reason: string) =>
    decide([id], (one) => reject({ id: one, reason: reason || null }, WRITTEN));

  return (
    <div className="review">
      <aside className="sidebar" aria-label="Documents">
        <AddDocument
          onAdded={(id) => {
            refetchReviews({ requestPolicy: 'network-only' });
            update({ review: id }, { push: true });
          }}
        />
        <h2 className="sidebar-title">Documents under review</h2>
        {reviews.error && (
          <ErrorState
            what="the documents"
            error={reviews.error}
            onRetry={() => refetchReviews({ requestPolicy: 'network-only' })}
          />
        )}
        <ul className="review-list">
          {(reviews.data?.documentReviews ?? []).map((r) => (
            <li key={r.id}>
              <button
                type="button"
                className="linkish"
                aria-current={r.id === reviewId}
                onClick={() => update({ review: r.id }, { push: true })}
              >
                {r.title}
              </button>
              <span className="muted"> · {r.createdBy}</span>
            </li>
          ))}
        </ul>
        <button type="button" className="linkish" onClick={() => setEditorToken(null)}>
          Sign out
        </button>
      </aside>
      <section className="stage review-document" aria-label="Document">
        {!reviewId && <EmptyState title="Add a document, or open one under review." />}
        {reviewId && review.fetching && !document && <Loading label="Reading the review" />}
        {reviewId && review.error && <ErrorState what="the review" error={review.error} onRetry={refresh} />}
        {reviewId && !review.fetching && !review.error && !document && <EmptyState title="There is no such review." />}
        {document && (
          <>
            <h2>{document.title}</h2>
            <p className="muted">
              Added by {document.createdBy}; stored as the source “{document.source.title}”. {candidates.length} facts
              proposed, {pending.length} pending.
            </p>
            <DocumentText text={document.text} candidates={candidates} selected={selected} onSelect={setSelected} />
          </>
        )}
      </section>
      {document && (
        <aside className="sidebar right" aria-label="Proposed facts">
          <h2 className="sidebar-title">Proposed facts</h2>
          {problem && (
            <p className="status status-error" role="alert" data-testid="review-error">
              {problem}
            </p>
          )}
          {pending.length > 0 && (
            <div className="bulk" data-testid="bulk-actions">
              <label>
                <input
                  type="checkbox"
                  checked={checked.size === pending.length}
                  onChange={(e) => setChecked(e.target.checked ? new Set(pending.map((c) => c.id)) : new Set())}
                />{' '}
                All pending
              </label>
              <button
                type="button"
                disabled={busy || checked.size === 0}
                onClick={() => void decide([...checked], (id) => accept({ id }, WRITTEN))}
                data-testid="accept-selected"
              >
                Accept {checked.size || ''}
              </button>
              <form
                onSubmit={(e: FormEvent) => {
                  e.preventDefault();
                  void decide([...checked], (id) => reject({ id, reason: bulkReason || null }, WRITTEN));
                }}
              >
                <input
                  value={bulkReason}
                  onChange={(e) => setBulkReason(e.target.value)}
                  placeholder="Reason"
                  aria-label="Reason for rejecting the selected facts"
                />
                <button type="submit" disabled={busy || checked.size === 0}>
                  Reject {checked.size || ''}
                </button>
              </form>
            </div>
          )}
          <ol className="candidate-list">
            {candidates.map((c) => (
              <CandidateCard
                key={c.id}
                candidate={c}
                selected={c.id === selected}
                checked={checked.has(c.id)}
                busy={busy}
                deciding={deciding === c.id}
                onSelect={() => setSelected(c.id)}
                onCheck={(on) => {
                  const next = new Set(checked);
                  if (on) next.add(c.id);
                  else next.delete(c.id);
                  setChecked(next);
                }}
                onAccept={(edit) => void acceptOne(c.id, edit)}
                onReject={(reason) => void rejectOne(c.id, reason)}
              />
            ))}
          </ol>
        </aside>
      )}
    </div>
  );
}

/** Writes need an editor: the token an administrator gave (npm run editor), kept for this tab only. */
function SignIn() {
  const [value, setValue] = useState('');
  return (
    <form
      className="sign-in"
      onSubmit={(e) => {
        e.preventDefault();
        if (value.trim()) setEditorToken(value.trim());
      }}
      aria-labelledby="sign-in-title"
    >
      <h2 id="sign-in-title">Review documents</h2>
      <p>Adding a document and accepting its facts are writes: sign in with your editor token.</p>
      <label>
        Editor token
        <input
          type="password"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          autoComplete="off"
          data-testid="editor-token"
        />
      </label>
      <button type="submit" data-testid="sign-in">
        Sign in
      </button>
    </form>
  );
}
