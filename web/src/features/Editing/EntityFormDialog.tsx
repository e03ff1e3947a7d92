import { useEffect, useState } from 'react';
import { useMutation, useQuery, type OperationResult } from 'urql';
import { Loading } from '../../components/Status';
import type {
  CreateAgreementInput,
  CreateMissionInput,
  CreatePartnershipInput,
  UpdateAgreementInput,
  UpdateMissionInput,
  UpdatePartnershipInput,
  UpsertClusterInput,
} from '../../gql/graphql';
import { Dialog, FormProblem } from './Dialog';
import { FieldInput } from './FieldInput';
import {
  EMPTY_CITATION,
  FORMS,
  formFields,
  initialValues,
  problemsFrom,
  toWriteInput,
  type CitationValues,
  type EditableKind,
  type FormValues,
} from './forms';
import {
  CreateAgreementMutation,
  CreateMissionMutation,
  CreatePartnershipMutation,
  EditableEntityQuery,
  UpdateAgreementMutation,
  UpdateMissionMutation,
  UpdatePartnershipMutation,
  UpsertClusterMutation,
} from './queries';
import { SourceFields } from './SourceFields';
import { WRITTEN } from './written';

export interface EntityFormDialogProps {
  kind: EditableKind;
  /** The entity to edit; null to create one. */
  id: string | null;
  onClose: () => void;
  onSaved: (id: string) => void;
}

/** Creates or edits a cluster, an agreement, a mission or a partnership, with the source and excerpt of the facts. */
export function EntityFormDialog({ kind, id, onClose, onSaved }: EntityFormDialogProps) {
  const [stored] = useQuery({
    query: EditableEntityQuery,
    variables: { id: id ?? '' },
    pause: id === null,
    requestPolicy: 'network-only',
  });
  const [values, setValues] = useState<FormValues>(() => initialValues(kind, null));
  const [citation, setCitation] = useState<CitationValues>(EMPTY_CITATION);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const save = useSave(kind, id);

  const node = stored.data?.node;
  useEffect(() => {
    if (!node) return;
    const fields: Record<string, unknown> = { ...node };
    if (node.__typename === 'Mission') fields['status'] = node.missionStatus;
    if (node.__typename === 'Cluster') fields['countryCode'] = node.country?.code ?? '';
    if (node.__typename === 'Partnership') fields['targets'] = node.targetCountries;
    setValues(initialValues(kind, fields));
  }, [node, kind]);

  const submit = async () => {
    const built = toWriteInput({ kind, id, values, citation });
    setProblems(built.problems);
    if (!built.input) return;
    setBusy(true);
    const result = await save(built.input);
    setBusy(false);
    if (result.error) setProblems(problemsFrom(result.error, formFields(kind)));
    else if (result.id) onSaved(result.id);
  };

  const noun = kind.toLowerCase();
  return (
    <Dialog
      title={id ? `Edit ${node?.name ?? noun}` : `New ${noun}`}
      submitLabel={id ? 'Save the changes' : `Create the ${noun}`}
      busy={busy}
      onSubmit={() => void submit()}
      onCancel={onClose}
      testId="entity-form"
    >
      {id && stored.fetching && !node && <Loading label={`Reading the ${noun}…`} />}
      <FormProblem message={problems['form']} />
      <div className="edit-grid">
        {FORMS[kind].map((field) => (
          <FieldInput
            key={field.name}
            field={field}
            value={values[field.name] ?? ''}
            problem={problems[field.name]}
            onChange={(value) => setValues((v) => ({ ...v, [field.name]: value }))}
          />
        ))}
      </div>
      <SourceFields value={citation} problems={problems} onChange={setCitation} />
    </Dialog>
  );
}

type Saved = { id: string | null; error: OperationResult['error'] };

/** The mutation for this kind and mode; resolves to the written id, or the API's error. */
function useSave(kind: EditableKind, id: string | null): (input: Record<string, unknown>) => Promise<Saved> {
  const [, createAgreement] = useMutation(CreateAgreementMutation);
  const [, updateAgreement] = useMutation(UpdateAgreementMutation);
  const [, createMission] = useMutation(CreateMissionMutation);
  const [, updateMission] = useMutation(UpdateMissionMutation);
  const [, upsertCluster] = useMutation(UpsertClusterMutation);
  const [, createPartnership] = useMutation(CreatePartnershipMutation);
  const [, updatePartnership] = useMutation(UpdatePartnershipMutation);
  return async (input) => {
    // The form builds these inputs field by field from FORMS; the API validates them.
    switch (kind) {
      case 'Agreement': {
        if (id) {
          const r = await updateAgreement({ id, input: input as unknown as UpdateAgreementInput }, WRITTEN);
          return { id: r.data?.updateAgreement.agreement.id ?? null, error: r.error };
        }
        const r = await createAgreement({ input: input as unknown as CreateAgreementInput }, WRITTEN);
        return { id: r.data?.createAgreement.agreement.id ?? null, error: r.error };
      }
      case 'Mission': {
        if (id) {
          const r = await updateMission({ id, input: input as unknown as UpdateMissionInput }, WRITTEN);
          return { id: r.data?.updateMission.mission.id ?? null, error: r.error };
        }
        const r = await createMission({ input: input as unknown as CreateMissionInput }, WRITTEN);
        return { id: r.data?.createMission.mission.id ?? null, error: r.error };
      }
      case 'Partnership': {
        if (id) {
          const r = await updatePartnership({ id, input: input as unknown as UpdatePartnershipInput }, WRITTEN);
          return { id: r.data?.updatePartnership.partnership.id ?? null, error: r.error };
        }
        const r = await createPartnership({ input: input as unknown as CreatePartnershipInput }, WRITTEN);
        return { id: r.data?.createPartnership.partnership.id ?? null, error: r.error };
      }
      case 'Cluster': {
        const r = await upsertCluster({ input: input as unknown as UpsertClusterInput }, WRITTEN);
        return { id: r.data?.upsertCluster.cluster.id ?? null, error: r.error };
      }
    }
  };
}
