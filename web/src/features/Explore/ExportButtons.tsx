import { useState } from 'react';

const FORMATS = [
  ['png', 'PNG', 'The canvas as an image'],
  ['svg', 'SVG', 'The canvas as a vector image'],
  ['csv', 'CSV', 'nodes.csv and ties.csv in a zip, with names and citations'],
  ['json', 'JSON', 'Nodes and ties with names and the citations of each tie'],
  ['graphml', 'GraphML', 'For Gephi, yEd or Cytoscape desktop'],
] as const;

export type ExportFormat = (typeof FORMATS)[number][0];

/** One button per export format; a failed export says so rather than saving an incomplete file. */
export function ExportButtons({ run }: { run: Record<ExportFormat, () => Promise<void>> }) {
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const start = (format: ExportFormat) => {
    setBusy(format);
    setFailed(null);
    run[format]()
      .catch((e: unknown) => setFailed(`Export failed: ${e instanceof Error ? e.message : String(e)}`))
      .finally(() => setBusy(null));
  };
  return (
    <>
      {FORMATS.map(([format, label, title]) => (
        <button
          key={format}
          type="button"
          title={title}
          disabled={busy !== null}
          onClick={() => start(format)}
          data-testid={`export-${format}`}
        >
          {label}
        </button>
      ))}
      {failed && (
        <span role="alert" className="export-error">
          {failed}
        </span>
      )}
    </>
  );
}
