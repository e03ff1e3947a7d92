import { useState } from 'react';
import { useMutation } from 'urql';
import type { SourceInput } from '../../gql/graphql';
import { Dialog, FormProblem } from './Dialog';
import { EMPTY_CITATION, formFields, problemsFrom, toCitation, type CitationValues } from './forms';
import { AddCitationMutation } from './queries';
import { SourceFields } from './SourceFields';
import { WRITTEN } from './written';

/** Cites an entity: a source of the atlas or a new one, and the passage that states it. */
export function CitationDialog({ id, name, onClose }: { id: string; name: string; onClose: () => void }) {
  const [citation, setCitation] = useState<CitationValues>(EMPTY_CITATION);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [state, addCitation] = useMutation(AddCitationMutation);
  const submit = async () => {
    const built = toCitation(citation);
    if (!built.citation) {
      setProblems({ source: built.problem ?? 'choose a source' });
      return;
    }
    const result = await addCitation(
      { entityId: id, source: built.citation.source as SourceInput, excerpt: built.citation.excerpt },
      WRITTEN,
    );
    if (result.error) setProblems(problemsFrom(result.error, formFields(null)));
    else onClose();
  };
  return (
    <Dialog
      title={`Cite a source for ${name}`}
      submitLabel="Add the citation"
      busy={state.fetching}
      onSubmit={() => void submit()}
      onCancel={onClose}
      testId="citation-form"
    >
      <FormProblem message={problems['form']} />
      <SourceFields value={citation} problems={problems} onChange={setCitation} />
    </Dialog>
  );
}
