import { useEffect, useRef, useState } from 'react';
import { useMutation } from 'urql';
import type { ImportJobFieldsFragment, ImportKind } from '../../gql/graphql';
import { Dialog, FormProblem } from '../Editing/Dialog';
import { WRITTEN } from '../Editing/written';
import { ImportDiff } from './ImportDiff';
import { ApplyImportMutation, CheckImportMutation } from './queries';
import { useImportJob } from './useImportJob';
import './import.css';

/** Import files go to the server's upload route, whose body limit fits them (server/src/http/uploads.ts). */
const UPLOAD = { url: '/graphql/imports' };
const MAX_MEGABYTES = 32;
const EXTENSIONS = ['csv', 'json', 'yaml', 'yml'];
const KINDS: ImportKind[] = ['CLUSTERS', 'AGREEMENTS', 'MISSIONS', 'PARTNERSHIPS', 'MEMBERSHIPS', 'CITATIONS'];

/**
 * "Import a file…": the same import as `npm run import` (docs/import.md). Choose a CSV, JSON or
 * YAML file and its kind; the server checks it (a dry run) and shows the diff; Apply writes it in
 * batches, with a progress bar, then the result. A file the server cannot read is refused with its
 * line; refused rows can be downloaded, corrected and imported again.
 */
export function ImportDialog({ onClose }: { onClose: () => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [kind, setKind] = useState<ImportKind | ''>('');
  const [problem, setProblem] = useState<string | null>(null);
  const [started, setStarted] = useState<ImportJobFieldsFragment | null>(null);
  const [checking, check] = useMutation(CheckImportMutation);
  const [applying, apply] = useMutation(ApplyImportMutation);
  const { job, problem: pollProblem } = useImportJob(started);
  const refreshed = useRef<string | null>(null);

  // Once applied, ask for the job once more as a mutation: urql then refreshes every view of the graph.
  useEffect(() => {
    if (job?.status !== 'APPLIED' || refreshed.current === job.id) return;
    refreshed.current = job.id;
    void apply({ id: job.id }, { ...UPLOAD, ...WRITTEN });
  }, [job, apply]);

  const upload = async () => {
    setProblem(null);
    if (!file) return setProblem('Choose a CSV, JSON or YAML file.');
    const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
    if (!EXTENSIONS.includes(extension)) return setProblem(`${file.name}: choose a .csv, .json, .yaml or .yml file.`);
    if (file.size > MAX_MEGABYTES * 1024 * 1024)
      return setProblem(`${file.name} is larger than ${MAX_MEGABYTES} MB: split it into several files.`);
    let content: string;
    try {
      content = await file.text();
    } catch {
      return setProblem(`${file.name} could not be read.`);
    }
    const answer = await check({ file: { name: file.name, content, ...(kind ? { kind } : {}) } }, UPLOAD);
    if (answer.error) return setProblem(answer.error.graphQLErrors[0]?.message ?? answer.error.message);
    if (answer.data) setStarted(answer.data.checkImport);
    return undefined;
  };

  const applyChecked = async () => {
    if (!job) return;
    setProblem(null);
    const answer = await apply({ id: job.id }, UPLOAD);
    if (answer.error) return setProblem(answer.error.graphQLErrors[0]?.message ?? answer.error.message);
    if (answer.data) setStarted(answer.data.applyImport);
    return undefined;
  };

  const status = job?.status ?? null;
  const toWrite = job?.check ? job.check.createdCount + job.check.updatedCount : 0;
  const step =
    status === null
      ? { label: 'Check the file', busy: checking.fetching, run: upload }
      : status === 'CHECKED'
        ? {
            label: toWrite > 0 ? `Apply: write ${toWrite} rows` : 'Nothing to write',
            busy: toWrite === 0,
            run: applyChecked,
          }
        : status === 'FAILED' && job?.check
          ? { label: 'Apply again', busy: applying.fetching, run: applyChecked }
          : status === 'APPLIED' || status === 'FAILED'
            ? { label: 'Done', busy: false, run: async () => onClose() }
            : { label: status === 'CHECKING' ? 'Checking…' : 'Applying…', busy: true, run: async () => undefined };

  return (
    <Dialog
      title="Import a file"
      submitLabel={step.label}
      busyLabel={step.label}
      busy={step.busy || applying.fetching}
      onSubmit={() => void step.run()}
      onCancel={onClose}
      testId="import-dialog"
    >
      {status === null && (
        <>
          <p>
            Clusters, agreements, missions, partnerships, memberships or citations, in the format of{' '}
            <code>docs/import.md</code>. The file is checked first: nothing is written until you apply it.
          </p>
          <label className="edit-field">
            File (.csv, .json, .yaml)
            <input
              type="file"
              accept=".csv,.json,.yaml,.yml"
              onChange={(event) => setFile(event.target.files?.[0] ?? null)}
              data-testid="import-file"
            />
          </label>
          <label className="edit-field">
            What the rows are
            <select
              value={kind}
              onChange={(event) => setKind(event.target.value as ImportKind | '')}
              data-testid="import-kind"
            >
              <option value="">As the file says (its name, or its kind field)</option>
              {KINDS.map((option) => (
                <option key={option} value={option}>
                  {option.charAt(0) + option.slice(1).toLowerCase()}
                </option>
              ))}
            </select>
          </label>
        </>
      )}
      {job && (
        <p className="import-status" role="status" data-testid="import-status">
          {job.fileName}: {STATUS_TEXT[job.status]}
        </p>
      )}
      {status === 'CHECKING' && <progress className="import-progress" aria-label="Checking the file" />}
      {(status === 'APPLYING' || status === 'APPLIED') && job && (
        <p>
          <progress
            className="import-progress"
            max={Math.max(job.total, 1)}
            value={status === 'APPLIED' ? Math.max(job.total, 1) : job.done}
            aria-label="Rows written"
            data-testid="import-progress"
          />{' '}
          {job.done} of {job.total} rows written
        </p>
      )}
      {job?.error && <FormProblem message={job.error} />}
      {job && (job.result ?? job.check) && (
        <>
          <h3>{job.result ? 'Written' : 'What applying it would do'}</h3>
          <ImportDiff
            report={(job.result ?? job.check)!}
            fileName={job.fileName}
            jobId={job.id}
            which={job.result ? 'result' : 'check'}
          />
        </>
      )}
      <FormProblem message={problem ?? pollProblem ?? undefined} />
    </Dialog>
  );
}

const STATUS_TEXT: Record<ImportJobFieldsFragment['status'], string> = {
  CHECKING: 'checking every row…',
  CHECKED: 'checked, nothing written yet.',
  APPLYING: 'writing…',
  APPLIED: 'imported.',
  FAILED: 'stopped.',
};
