import { formatCount } from '../graph/format';
import type { Swatch } from '../graph/palette';
import { UNKNOWN_COLOUR } from '../graph/palette';
import { LINE_STYLES_UP_TO } from '../graph/render';
import { EDGE_LINES, PLANNED_DASHES, TIE_LABELS } from '../graph/style';
import { TIE_KINDS } from '../graph/types';
import { TieLine } from './TieLine';

/** Explains every colour and line on the canvas, over its corner so it is seen with it; only the colours in view are listed. */
export function Legend({
  title,
  swatches,
  hasUnknown,
  planned = false,
  size = 'number of ties',
  lineStyles = true,
}: {
  title: string;
  swatches: readonly Swatch[];
  hasUnknown: boolean;
  /** Planned and initiated agreements are drawn (the "include planned" switch is on). */
  planned?: boolean;
  /** What a node's size shows. */
  size?: string;
  /** Ties drawn in their kinds' line styles; past LINE_STYLES_UP_TO elements, solid. */
  lineStyles?: boolean;
}) {
  return (
    <details className="legend" open data-testid="legend">
      <summary>
        <h2>Legend</h2>
      </summary>
      <h3>{title}</h3>
      <ul>
        {swatches.map((s) => (
          <li key={s.key}>
            <span className="dot" style={{ background: s.colour }} aria-hidden="true" />
            {s.label}
          </li>
        ))}
        {hasUnknown && (
          <li>
            <span className="dot" style={{ background: UNKNOWN_COLOUR }} aria-hidden="true" />
            Unknown
          </li>
        )}
      </ul>
      <h3>Ties</h3>
      <ul>
        {TIE_KINDS.map((k) => (
          <li key={k}>
            <TieLine kind={k} styled={lineStyles} />
            {lineStyles ? `${TIE_LABELS[k]} (${EDGE_LINES[k]})` : TIE_LABELS[k]}
          </li>
        ))}
        {!lineStyles && (
          <li className="hint" data-testid="legend-solid">
            Ties in solid lines, told apart by colour: past {formatCount(LINE_STYLES_UP_TO)} elements dashed and dotted
            lines slow the canvas tenfold.
          </li>
        )}
        {planned && (
          <li data-testid="legend-planned">
            <TieLine kind="AGREEMENT" dashes={PLANNED_DASHES.join(' ')} />
            Planned or initiated agreement (long dashes, “planned”): not a tie yet
          </li>
        )}
      </ul>
      <p className="hint" data-testid="legend-size">
        Node size: {size}.
      </p>
    </details>
  );
}
