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
  /** Whether the canvas is still laying out its picture, or adding the other lines of one drawn in two steps. */
  stillDrawing: () => boolean;
}) {
  const { run, stillDrawing } = props;
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  // Asked when an image is: a state of the view's would re-render it when the picture is whole.
  const [waiting, setWaiting] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const start = (format: ExportFormat) => {
    setBusy(format);
    setWaiting(IMAGES.includes(format) && stillDrawing());
    setFailed(null);
    run[format]()
      .catch((e: unknown) => setFailed(`Export failed: ${e instanceof Error ? e.message : String(e)}`))
      .finally(() => {
        setBusy(null);
        setWaiting(false);
      });
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
      {busy && waiting && (
        <span role="status" className="export-waiting" data-testid="export-waiting">
          The {busy.toUpperCase()} is saved once the picture is drawn whole…
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
