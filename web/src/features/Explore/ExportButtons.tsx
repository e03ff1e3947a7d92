import { useState } from 'react';

const FORMATS = [
  ['png', 'PNG', 'The canvas as an image'],
  ['svg', 'SVG', 'The canvas as a vector image'],
  ['csv', 'CSV', 'nodes.csv and ties.csv in a zip, with names and citations'],
  ['json', 'JSON', 'Nodes and ties with names and the citations of each tie'],
  ['graphml', 'GraphML', 'For Gephi, yEd or Cytoscape desktop'],
] as const;

export type ExportFormat = (typeof FORMATS)[number][0];

/** The exports of the picture itself, which wait for it whole (GraphCanvasHandle). */
const IMAGES: readonly ExportFormat[] = ['png', 'svg'];

/**
 * One button per export format; a failed export says so rather than saving an incomplete file, and
 * an image asked for while the canvas is still drawing says that it waits for the picture whole.
 */
export function ExportButtons(props: {
  run: Record<ExportFormat, () => Promise<void>>;
  /** False while the canvas adds the other lines of a picture drawn in two steps. */
  pictureWhole: boolean;
}) {
  const { run, pictureWhole } = props;
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
          title={!pictureWhole && IMAGES.includes(format) ? `${title}, once every line is drawn` : title}
          disabled={busy !== null}
          onClick={() => start(format)}
          data-testid={`export-${format}`}
        >
          {label}
        </button>
      ))}
      {busy && IMAGES.includes(busy) && !pictureWhole && (
        <span role="status" className="export-waiting" data-testid="export-waiting">
          The {busy.toUpperCase()} is saved once every line is drawn…
        </span>
      )}
      {failed && (
        <span role="alert" className="export-error">
          {failed}
        </span>
      )}
    </>
  );
}
