import { useEffect, useState } from 'react';
import { useClient } from 'urql';
import type { ImportJobFieldsFragment } from '../../gql/graphql';
import { ImportJobQuery } from './queries';

/** How often a running import is asked where it stands. */
const POLL_MS = 500;

const running = (job: ImportJobFieldsFragment | null) => job?.status === 'CHECKING' || job?.status === 'APPLYING';

/**
 * The import job as the server reports it: given a job just returned by checkImport or
 * applyImport, polls importJob (never from the cache) while it is checking or applying.
 */
export function useImportJob(started: ImportJobFieldsFragment | null): {
  job: ImportJobFieldsFragment | null;
  problem: string | null;
} {
  const client = useClient();
  const [job, setJob] = useState(started);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    setJob(started);
    setProblem(null);
    if (!started || !running(started)) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const poll = async () => {
      const answer = await client
        .query(ImportJobQuery, { id: started.id }, { requestPolicy: 'network-only' })
        .toPromise();
      if (stopped) return;
      const next = answer.data?.importJob ?? null;
      if (answer.error || !next) {
        setProblem(
          answer.error?.graphQLErrors[0]?.message ??
            answer.error?.message ??
            'The server no longer knows this import (it restarted): upload the file again; rows already written stay unchanged.',
        );
        return;
      }
      setJob(next);
      if (running(next)) timer = setTimeout(() => void poll(), POLL_MS);
    };
    timer = setTimeout(() => void poll(), POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [client, started]);

  return { job, problem };
}
