import { useState } from 'react';
import { useClient, type Client } from 'urql';
import { download } from '../../download';
import type { ImportReportFieldsFragment } from '../../gql/graphql';
import { ImportRejectedQuery } from './queries';
import { IsolatedList } from '../../components/IsolatedList';

/** The rows shown by name in a list; the counts say how many there are in all. */
const SHOWN = 20;
/** Rejected rows fetched per request when saving them (the API's largest page). */
const PAGE = 5000;

type Problem = ImportReportFieldsFragment['rejected'][number];

/** Every rejected row of the job's diff (`check`) or result, page by page. */
async function allRejected(options: {
  client: Client;
  jobId: string;
  report: 'check' | 'result';
  total: number;
}): Promise<Problem[]> {
  const rows: Problem[] = [];
  while (rows.length < options.total) {
    const answer = await options.client
      .query(
        ImportRejectedQuery,
        { id: options.jobId, first: PAGE, offset: rows.length },
        { requestPolicy: 'network-only' },
      )
      .toPromise();
    const page = answer.data?.importJob?.[options.report]?.rejected;
    if (!page || page.length === 0)
      throw new Error(answer.error?.graphQLErrors[0]?.message ?? 'The server no longer keeps this import.');
    rows.push(...page);
  }
  return rows;
}

/**
 * An import's diff: what it creates, updates and leaves unchanged, the rows it refuses (file, line,
 * column, message) and the probable duplicates; the refused rows can be saved to correct them.
 */
export function ImportDiff({
  report,
  fileName,
  jobId,
  which,
}: {
  report: ImportReportFieldsFragment;
  fileName: string;
  jobId: string;
  /** Which of the job's reports this is: the dry run's diff, or what the apply wrote. */
  which: 'check' | 'result';
}) {
  const client = useClient();
  const [saving, setSaving] = useState<string | null>(null);
  const saveRejected = async () => {
    setSaving('Saving…');
    try {
      const rejected = await allRejected({ client, jobId, report: which, total: report.rejectedCount });
      download(
        `${JSON.stringify(
          rejected.map((problem) => ({ ...problem, row: JSON.parse(problem.row) as unknown })),
          null,
          2,
        )}\n`,
        `${fileName.replace(/\.[^.]+$/, '')}.rejected.json`,
        'application/json',
      );
      setSaving(null);
    } catch (error) {
      setSaving(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <div className="import-diff" data-testid="import-diff">
      <dl className="import-counts">
        <div>
          <dt>Rows</dt>
          <dd data-testid="import-rows">{report.rows}</dd>
        </div>
        <div>
          <dt>Created</dt>
          <dd data-testid="import-created">{report.createdCount}</dd>
        </div>
        <div>
          <dt>Updated</dt>
          <dd data-testid="import-updated">{report.updatedCount}</dd>
        </div>
        <div>
          <dt>Unchanged</dt>
          <dd data-testid="import-unchanged">{report.unchangedCount}</dd>
        </div>
        <div>
          <dt>Rejected</dt>
          <dd data-testid="import-rejected">{report.rejectedCount}</dd>
        </div>
        <div>
          <dt>Probable duplicates</dt>
          <dd data-testid="import-duplicates">{report.duplicatesCount}</dd>
        </div>
      </dl>
      <IdList title="Created" ids={report.created} total={report.createdCount} />
      <IdList title="Updated" ids={report.updated} total={report.updatedCount} />
      {report.newSources.length > 0 && <p>New sources: {report.newSources.join(', ')}</p>}
      {report.rejectedCount > 0 && (
        <section aria-label="Rejected rows">
          <h3>Rejected rows: nothing of them is written</h3>
          <ul className="import-problems" data-testid="import-rejected-rows">
            {report.rejected.map((problem) => (
              <li key={`${problem.file}:${problem.line}`}>
                <code>
                  {problem.file}:{problem.line}
                  {problem.column ? ` (${problem.column})` : ''}
                </code>{' '}
                <bdi>{problem.message}</bdi>
              </li>
            ))}
          </ul>
          {report.rejectedCount > report.rejected.length && (
            <p>…and {report.rejectedCount - report.rejected.length} more in the file below.</p>
          )}
          <button type="button" onClick={() => void saveRejected()} data-testid="import-download-rejected">
            Download the rejected rows
          </button>
          {saving && <span role="status"> {saving}</span>}
        </section>
      )}
      {report.duplicatesCount > 0 && (
        <section aria-label="Probable duplicates">
          <h3>Probable duplicates: not created</h3>
          <ul className="import-problems">
            {report.duplicates.map((duplicate) => (
              <li key={duplicate.line}>
                <code>line {duplicate.line}</code> “<bdi>{duplicate.name}</bdi>” looks like{' '}
                <IsolatedList items={duplicate.matches} />: give its id to update it.
              </li>
            ))}
          </ul>
          {report.duplicatesCount > report.duplicates.length && (
            <p>…and {report.duplicatesCount - report.duplicates.length} more.</p>
          )}
        </section>
      )}
    </div>
  );
}

function IdList({ title, ids, total }: { title: string; ids: string[]; total: number }) {
  if (total === 0) return null;
  return (
    <p className="import-ids">
      {title}: <IsolatedList items={ids.slice(0, SHOWN)} />
      {total > SHOWN ? ` and ${total - SHOWN} more` : ''}
    </p>
  );
}
