import { download } from '../../download';
import type { ImportReportFieldsFragment } from '../../gql/graphql';

/** The rows shown by name in a list; the counts say how many there are in all. */
const SHOWN = 20;

/**
 * An import's diff: what it creates, updates and leaves unchanged, the rows it refuses (file, line,
 * column, message) and the probable duplicates; the refused rows can be saved to correct them.
 */
export function ImportDiff({ report, fileName }: { report: ImportReportFieldsFragment; fileName: string }) {
  const saveRejected = () =>
    download(
      `${JSON.stringify(
        report.rejected.map((problem) => ({ ...problem, row: JSON.parse(problem.row) as unknown })),
        null,
        2,
      )}\n`,
      `${fileName.replace(/\.[^.]+$/, '')}.rejected.json`,
      'application/json',
    );
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
          <dd data-testid="import-rejected">{report.rejected.length}</dd>
        </div>
        <div>
          <dt>Probable duplicates</dt>
          <dd data-testid="import-duplicates">{report.duplicates.length}</dd>
        </div>
      </dl>
      <IdList title="Created" ids={report.created} total={report.createdCount} />
      <IdList title="Updated" ids={report.updated} total={report.updatedCount} />
      {report.newSources.length > 0 && <p>New sources: {report.newSources.join(', ')}</p>}
      {report.rejected.length > 0 && (
        <section aria-label="Rejected rows">
          <h3>Rejected rows: nothing of them is written</h3>
          <ul className="import-problems" data-testid="import-rejected-rows">
            {report.rejected.slice(0, SHOWN).map((problem) => (
              <li key={`${problem.file}:${problem.line}`}>
                <code>
                  {problem.file}:{problem.line}
                  {problem.column ? ` (${problem.column})` : ''}
                </code>{' '}
                {problem.message}
              </li>
            ))}
          </ul>
          {report.rejected.length > SHOWN && <p>…and {report.rejected.length - SHOWN} more in the file below.</p>}
          <button type="button" onClick={saveRejected} data-testid="import-download-rejected">
            Download the rejected rows
          </button>
        </section>
      )}
      {report.duplicates.length > 0 && (
        <section aria-label="Probable duplicates">
          <h3>Probable duplicates: not created</h3>
          <ul className="import-problems">
            {report.duplicates.slice(0, SHOWN).map((duplicate) => (
              <li key={duplicate.line}>
                <code>line {duplicate.line}</code> “{duplicate.name}” looks like {duplicate.matches.join(', ')}: give
                its id to update it.
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function IdList({ title, ids, total }: { title: string; ids: string[]; total: number }) {
  if (total === 0) return null;
  return (
    <p className="import-ids">
      {title}: {ids.slice(0, SHOWN).join(', ')}
      {total > SHOWN ? ` and ${total - SHOWN} more` : ''}
    </p>
  );
}
