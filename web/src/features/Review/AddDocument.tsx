import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import type { DocumentFormat } from '../../gql/graphql';
import { ProposeFactsMutation } from './queries';

/** The formats a file's extension says; anything else is refused before upload. */
const FORMATS: Record<string, DocumentFormat> = { txt: 'TEXT', html: 'HTML', htm: 'HTML', pdf: 'PDF' };

/**
 * Documents go to the server's upload route, whose body limit fits a document (the API's own
 * limit fits queries); the largest file it takes is the server's (server/src/documents/input.ts).
 */
const UPLOAD = { url: '/graphql/documents' };
const MAX_MEGABYTES = 16;

interface Upload {
  name: string;
  format: DocumentFormat;
  content: string;
}

/** Reads a chosen file: text as it is, a PDF as base64 (the server reads its text layer). */
function readFile(file: File): Promise<Upload> {
  const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
  const format = FORMATS[extension];
  if (!format) return Promise.reject(new Error(`${file.name}: choose a .txt, .html or .pdf file.`));
  if (file.size > MAX_MEGABYTES * 1024 * 1024) {
    return Promise.reject(
      new Error(
        `${file.name} is larger than ${MAX_MEGABYTES} MB, the most one upload may be: split it, or paste its text.`,
      ),
    );
  }
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(new Error(`${file.name} could not be read.`));
    reader.onload = () => {
      const result = String(reader.result ?? '');
      resolve({ name: file.name, format, content: format === 'PDF' ? result.slice(result.indexOf(',') + 1) : result });
    };
    if (format === 'PDF') reader.readAsDataURL(file);
    else reader.readAsText(file);
  });
}

/** "Add a document": paste its text or upload a file; the server proposes the facts it states. */
export function AddDocument({ onAdded }: { onAdded: (reviewId: string) => void }) {
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [publisher, setPublisher] = useState('');
  const [publishedOn, setPublishedOn] = useState('');
  const [url, setUrl] = useState('');
  const [upload, setUpload] = useState<Upload | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [result, propose] = useMutation(ProposeFactsMutation);

  const onFile = async (file: File | undefined) => {
    setProblem(null);
    if (!file) return setUpload(null);
    try {
      const read = await readFile(file);
      setUpload(read);
      if (!title) setTitle(file.name.replace(/\.[^.]+$/, ''));
    } catch (error) {
      setUpload(null);
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const content = upload?.content ?? text;
    if (!title.trim()) return setProblem('Give the document a title.');
    if (!content.trim()) return setProblem('Paste the text, or choose a file.');
    const response = await propose(
      {
        document: {
          title: title.trim(),
          text: content,
          format: upload?.format ?? 'TEXT',
          ...(publisher.trim() ? { publisher: publisher.trim() } : {}),
          ...(publishedOn.trim() ? { publishedOn: publishedOn.trim() } : {}),
          ...(url.trim() ? { url: url.trim() } : {}),
        },
      },
      UPLOAD,
    );
    if (response.error) return setProblem(response.error.graphQLErrors[0]?.message ?? response.error.message);
    const id = response.data?.proposeFacts.id;
    if (id) {
      setText('');
      setUpload(null);
      setTitle('');
      onAdded(id);
    }
  };

  return (
    <form className="add-document" onSubmit={submit} aria-labelledby="add-document-title" data-testid="add-document">
      <h2 id="add-document-title" className="sidebar-title">
        Add a document
      </h2>
      <label>
        Title
        <input value={title} onChange={(e) => setTitle(e.target.value)} data-testid="document-title" required />
      </label>
      <label>
        Text
        <textarea
          value={text}
          onChange={(e) => setText(e.target.value)}
          rows={8}
          disabled={upload !== null}
          placeholder="Paste a press release, a report's text…"
          data-testid="document-text"
        />
      </label>
      <label>
        Or a file (.txt, .html, .pdf)
        <input
          type="file"
          accept=".txt,.html,.htm,.pdf"
          onChange={(e) => void onFile(e.target.files?.[0])}
          data-testid="document-file"
        />
      </label>
      {upload && <p className="muted">{`${upload.name} (${upload.format.toLowerCase()}) will be read.`}</p>}
      <details>
        <summary>Source details</summary>
        <label>
          Publisher
          <input value={publisher} onChange={(e) => setPublisher(e.target.value)} />
        </label>
        <label>
          Published on (2024, 2024-06 or 2024-06-27)
          <input value={publishedOn} onChange={(e) => setPublishedOn(e.target.value)} data-testid="document-date" />
        </label>
        <label>
          URL
          <input type="url" value={url} onChange={(e) => setUrl(e.target.value)} />
        </label>
      </details>
      {problem && (
        <p className="status status-error" role="alert" data-testid="add-document-error">
          {problem}
        </p>
      )}
      <button type="submit" disabled={result.fetching} data-testid="propose-facts">
        {result.fetching ? 'Reading…' : 'Propose facts'}
      </button>
    </form>
  );
}
