import { useId, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import type { GapDecisionStatus } from '../../gql/graphql';
import { useEditorToken } from '../../state/editorToken';
import { problemsFrom } from '../Editing/forms';
import { WRITTEN } from '../Editing/written';

const DecideGapMutation = graphql(`
  mutation DecideGap($input: DecideGapInput!) {
    decideGap(input: $input) {
      decision {
        id
        status
        reason
        note
        by
        at
      }
    }
  }
`);

interface Decision {
  status: GapDecisionStatus;
  reason: string | null;
  note: string | null;
  by: string;
  at: string;
}

/** "Dismissed by Ada on 4 Dec 2026: competitors, not partners." — a candidate's latest decision. */
export function DecisionLine({ decision }: { decision: Decision }) {
  const when = new Date(decision.at).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
  return (
    <p className="gap-decision" data-testid="gap-decision" data-status={decision.status}>
      <strong>{decision.status === 'DISMISSED' ? 'Dismissed' : 'In contact'}</strong> by <bdi>{decision.by}</bdi> on{' '}
      <time dateTime={decision.at}>{when}</time>
      {decision.reason && (
        <>
          : <bdi>{decision.reason}</bdi>
        </>
      )}
      {decision.note && (
        <span className="muted">
          {' '}
          — <bdi>{decision.note}</bdi>
        </span>
      )}
    </p>
  );
}

/**
 * A policy officer's decision on the chosen pair: dismiss it (with the reason) or mark it in
 * contact, with a note. A write, so it needs an editor signed in; kept with who and when.
 */
export function DecisionForm({ left, right, decision }: { left: string; right: string; decision: Decision | null }) {
  const id = useId();
  const signedIn = useEditorToken() !== null;
  const [status, setStatus] = useState<GapDecisionStatus>('DISMISSED');
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [state, decide] = useMutation(DecideGapMutation);

  if (!signedIn) {
    return (
      <div className="gap-decision-form">
        {decision && <DecisionLine decision={decision} />}
        <p className="hint">Sign in as an editor (top right) to dismiss this pair or mark it in contact.</p>
      </div>
    );
  }
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = { left, right, status, reason: reason.trim() || null, note: note.trim() || null };
    const result = await decide({ input }, WRITTEN);
    if (result.error) setProblems(problemsFrom(result.error, ['reason', 'note', 'status']));
    else {
      setProblems({});
      setReason('');
      setNote('');
    }
  };
  return (
    <form
      className="gap-decision-form"
      onSubmit={(e) => void submit(e)}
      aria-label="Decision on this pair"
      data-testid="gap-decision-form"
    >
      {decision && <DecisionLine decision={decision} />}
      <fieldset>
        <legend>{decision ? 'Change the decision' : 'Record a decision'}</legend>
        <label>
          <input
            type="radio"
            name={`${id}-status`}
            checked={status === 'DISMISSED'}
            onChange={() => setStatus('DISMISSED')}
            data-testid="decision-dismiss"
          />{' '}
          Dismiss
        </label>{' '}
        <label>
          <input
            type="radio"
            name={`${id}-status`}
            checked={status === 'IN_CONTACT'}
            onChange={() => setStatus('IN_CONTACT')}
            data-testid="decision-in-contact"
          />{' '}
          In contact
        </label>
      </fieldset>
      <label htmlFor={`${id}-reason`}>Reason{status === 'DISMISSED' ? ' *' : ''}</label>
      <input
        id={`${id}-reason`}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        aria-invalid={problems['reason'] !== undefined}
        aria-describedby={problems['reason'] ? `${id}-reason-problem` : undefined}
        data-testid="decision-reason"
      />
      {problems['reason'] && (
        <p id={`${id}-reason-problem`} className="field-error" data-testid="problem-reason">
          {problems['reason']}
        </p>
      )}
      <label htmlFor={`${id}-note`}>Note</label>
      <textarea
        id={`${id}-note`}
        rows={2}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        data-testid="decision-note"
      />
      {problems['form'] && (
        <p className="status status-error" role="alert">
          {problems['form']}
        </p>
      )}
      <button type="submit" disabled={state.fetching} data-testid="decision-submit">
        {state.fetching ? 'Saving…' : 'Record the decision'}
      </button>
    </form>
  );
}
