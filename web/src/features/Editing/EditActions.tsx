import { useState } from 'react';
import { useMutation, type CombinedError } from 'urql';
import { useEditorToken } from '../../state/editorToken';
import { CitationDialog } from './CitationDialog';
import { EntityFormDialog } from './EntityFormDialog';
import { EDITABLE_KINDS, type EditableKind } from './forms';
import { HistoryPanel } from './HistoryPanel';
import {
  DeleteAgreementMutation,
  DeleteClusterMutation,
  DeleteMissionMutation,
  DeletePartnershipMutation,
} from './queries';
import { WRITTEN } from './written';

export interface EditActionsProps {
  id: string;
  name: string;
  /** The entity's GraphQL type (Cluster, Agreement, …). */
  typename: string;
}

type Open = 'edit' | 'cite' | 'delete' | null;

/**
 * Under an entity's details: its history for everyone; for a signed-in editor, edit, delete
 * (clusters, agreements, missions, partnerships; Revert in the history brings one back) and cite a source.
 */
export function EditActions({ id, name, typename }: EditActionsProps) {
  const signedIn = useEditorToken() !== null;
  const [open, setOpen] = useState<Open>(null);
  const [history, setHistory] = useState(false);
  const [deleting, remove] = useDelete(typename);
  const [problem, setProblem] = useState<string | null>(null);
  const editable = (EDITABLE_KINDS as readonly string[]).includes(typename) ? (typename as EditableKind) : null;

  const confirmDelete = async () => {
    if (!remove) return;
    const error = await remove(id);
    setProblem(error);
    if (!error) setOpen(null);
  };

  return (
    <div className="edit-actions" data-testid="edit-actions">
      <div className="edit-buttons">
        <button
          type="button"
          aria-expanded={history}
          onClick={() => setHistory((h) => !h)}
          data-testid="history-button"
        >
          History
        </button>
        {signedIn && editable && (
          <button type="button" onClick={() => setOpen('edit')} data-testid="edit-button">
            Edit
          </button>
        )}
        {signedIn && (
          <button type="button" onClick={() => setOpen('cite')} data-testid="cite-button">
            Cite a source
          </button>
        )}
        {signedIn && remove !== null && (
          <button type="button" onClick={() => setOpen('delete')} data-testid="delete-button">
            Delete
          </button>
        )}
      </div>
      {open === 'delete' && (
        <div className="banner" role="group" aria-label="Confirm the deletion" data-testid="delete-confirm">
          <p>Delete “{name}” and its links? Its sources stay, and Revert in its history brings it back.</p>
          <button
            type="button"
            disabled={deleting}
            onClick={() => void confirmDelete()}
            data-testid="delete-confirm-button"
          >
            Delete
          </button>{' '}
          <button type="button" onClick={() => setOpen(null)}>
            Keep it
          </button>
          {problem && (
            <p className="status status-error" role="alert">
              {problem}
            </p>
          )}
        </div>
      )}
      {history && <HistoryPanel id={id} canRevert={signedIn} />}
      {open === 'edit' && editable && (
        <EntityFormDialog kind={editable} id={id} onClose={() => setOpen(null)} onSaved={() => setOpen(null)} />
      )}
      {open === 'cite' && <CitationDialog id={id} name={name} onClose={() => setOpen(null)} />}
    </div>
  );
}

/** The delete mutation of the kind (null for kinds that are not deleted here), resolving to the API's refusal or null. */
function useDelete(typename: string): [boolean, ((id: string) => Promise<string | null>) | null] {
  const [agreement, deleteAgreement] = useMutation(DeleteAgreementMutation);
  const [mission, deleteMission] = useMutation(DeleteMissionMutation);
  const [partnership, deletePartnership] = useMutation(DeletePartnershipMutation);
  const [cluster, deleteCluster] = useMutation(DeleteClusterMutation);
  const runs: Record<
    string,
    (variables: { id: string }, context: typeof WRITTEN) => Promise<{ error?: CombinedError }>
  > = {
    Agreement: deleteAgreement,
    Mission: deleteMission,
    Partnership: deletePartnership,
    Cluster: deleteCluster,
  };
  const run = runs[typename];
  if (!run) return [false, null];
  return [
    agreement.fetching || mission.fetching || partnership.fetching || cluster.fetching,
    async (id) => {
      const result = await run({ id }, WRITTEN);
      return result.error ? (result.error.graphQLErrors[0]?.message ?? result.error.message) : null;
    },
  ];
}
