import { useState, type FormEvent } from 'react';
import type { AgreementKind, AgreementStatus, ReviewCandidateFragment } from '../../gql/graphql';
import { IsolatedList } from '../../components/IsolatedList';

const AGREEMENT_KINDS: AgreementKind[] = [
  'MOU',
  'PARTNERSHIP_AGREEMENT',
  'COOPERATION_AGREEMENT',
  'COLLABORATION_AGREEMENT',
];
const AGREEMENT_STATUSES: AgreementStatus[] = ['SIGNED', 'PLANNED', 'ENDED'];

export interface CandidateEdit {
  name?: string;
  agreementKind?: AgreementKind;
  agreementStatus?: AgreementStatus;
  startsOn?: string;
  endsOn?: string;
  country?: string;
}

interface Props {
  candidate: ReviewCandidateFragment;
  selected: boolean;
  checked: boolean;
  busy: boolean;
  /** Its decision is being written. */
  deciding: boolean;
  onSelect: () => void;
  onCheck: (checked: boolean) => void;
  onAccept: (edit?: CandidateEdit) => void;
  onReject: (reason: string) => void;
}

/** One proposed fact: what it says, why, and accept / edit then accept / reject with a reason. */
export function CandidateCard({
  candidate: c,
  selected,
  checked,
  busy,
  deciding,
  onSelect,
  onCheck,
  onAccept,
  onReject,
}: Props) {
  const [mode, setMode] = useState<'view' | 'edit' | 'reject'>('view');
  const [edit, setEdit] = useState<CandidateEdit>({});
  const [reason, setReason] = useState('');
  const pending = c.status === 'PENDING';
  const dates = [c.startsOn, c.endsOn].filter(Boolean).join(' – ');
  const field = (key: keyof CandidateEdit) => ({
    value: edit[key] ?? (c[key] as string | null | undefined) ?? '',
    onChange: (e: { target: { value: string } }) => setEdit({ ...edit, [key]: e.target.value || undefined }),
  });

  const accept = (event: FormEvent) => {
    event.preventDefault();
    onAccept(edit);
    setMode('view');
  };
  const reject = (event: FormEvent) => {
    event.preventDefault();
    onReject(reason);
    setMode('view');
  };

  return (
    <li
      className={`candidate ${c.status.toLowerCase()}`}
      aria-current={selected}
      data-testid={`candidate-${c.id}`}
      data-kind={c.kind}
      data-status={c.status}
      data-entity={c.entity?.id}
    >
      <div className="candidate-head">
        {pending && (
          <input
            type="checkbox"
            checked={checked}
            onChange={(e) => onCheck(e.target.checked)}
            aria-label={`Select ${c.name}`}
          />
        )}
        <button type="button" className="linkish" onClick={onSelect}>
          <span className="candidate-kind">{c.kind.toLowerCase()}</span> {c.name}
        </button>
        <span className="muted" title="Confidence: how far the rules trust this reading">
          {Math.round(c.confidence * 100)}%
        </span>
      </div>
      <dl className="candidate-facts">
        {c.match && (
          <>
            <dt>In the graph</dt>
            <dd>
              <bdi>{c.match.name}</bdi>
            </dd>
          </>
        )}
        {c.parties.length > 0 && (
          <>
            <dt>Parties</dt>
            <dd>
              <IsolatedList
                items={c.parties.map((p) => (p.match ? p.match.name : pending ? `${p.name} (new)` : p.name))}
              />
            </dd>
          </>
        )}
        {(c.agreementKind || c.agreementStatus) && (
          <>
            <dt>Agreement</dt>
            <dd>{[c.agreementKind, c.agreementStatus].filter(Boolean).join(', ').toLowerCase().replace(/_/g, ' ')}</dd>
          </>
        )}
        {dates && (
          <>
            <dt>Dates</dt>
            <dd>{dates}</dd>
          </>
        )}
        {c.country && (
          <>
            <dt>Country</dt>
            <dd>{c.country}</dd>
          </>
        )}
        {c.places.length > 0 && (
          <>
            <dt>Places</dt>
            <dd>
              <IsolatedList items={c.places} />
            </dd>
          </>
        )}
        <dt>Why</dt>
        <dd className="muted">{c.reasons.join('; ')}</dd>
      </dl>
      {c.status === 'ACCEPTED' && (
        <p className="candidate-decision" data-testid="candidate-accepted">
          Accepted by <bdi>{c.decidedBy}</bdi>
          {c.entity && (
            <>
              {' '}
              as <bdi>{c.entity.name}</bdi>
            </>
          )}
          .
        </p>
      )}
      {c.status === 'REJECTED' && (
        <p className="candidate-decision" data-testid="candidate-rejected">
          Rejected by <bdi>{c.decidedBy}</bdi>
          {c.reason ? (
            <>
              : <bdi>{c.reason}</bdi>
            </>
          ) : (
            '.'
          )}
        </p>
      )}
      {pending && deciding && (
        <p className="candidate-decision muted" role="status" data-testid="candidate-deciding">
          Writing the decision…
        </p>
      )}
      {pending && mode === 'view' && (
        <div className="candidate-actions">
          <button type="button" disabled={busy} onClick={() => onAccept()} data-testid="accept-candidate">
            Accept
          </button>
          <button type="button" disabled={busy} onClick={() => setMode('edit')} data-testid="edit-candidate">
            Edit…
          </button>
          <button type="button" disabled={busy} onClick={() => setMode('reject')} data-testid="reject-candidate">
            Reject…
          </button>
        </div>
      )}
      {pending && mode === 'edit' && (
        <form className="candidate-edit" onSubmit={accept}>
          <label>
            Name
            <input {...field('name')} />
          </label>
          {c.kind === 'AGREEMENT' && (
            <>
              <label>
                Kind
                <select {...field('agreementKind')}>
                  <option value="">—</option>
                  {AGREEMENT_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {k.toLowerCase().replace(/_/g, ' ')}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                Status
                <select {...field('agreementStatus')}>
                  {AGREEMENT_STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {s.toLowerCase()}
                    </option>
                  ))}
                </select>
              </label>
            </>
          )}
          {c.kind !== 'ORGANISATION' && (
            <>
              <label>
                Starts or signed on
                <input {...field('startsOn')} placeholder="2024, 2024-06 or 2024-06-27" />
              </label>
              <label>
                Ends on
                <input {...field('endsOn')} />
              </label>
            </>
          )}
          {c.kind === 'ORGANISATION' && (
            <label>
              Country (ISO code)
              <input {...field('country')} maxLength={2} data-testid="edit-country" />
            </label>
          )}
          <button type="submit" disabled={busy} data-testid="accept-edited">
            Accept as edited
          </button>
          <button type="button" onClick={() => setMode('view')}>
            Cancel
          </button>
        </form>
      )}
      {pending && mode === 'reject' && (
        <form className="candidate-edit" onSubmit={reject}>
          <label>
            Reason
            <input value={reason} onChange={(e) => setReason(e.target.value)} data-testid="reject-reason" />
          </label>
          <button type="submit" disabled={busy} data-testid="confirm-reject">
            Reject
          </button>
          <button type="button" onClick={() => setMode('view')}>
            Cancel
          </button>
        </form>
      )}
    </li>
  );
}
