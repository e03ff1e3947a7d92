import { EDGE_COLOURS, EDGE_LINES } from '../graph/style';
import type { TieKind } from '../graph/types';

const DASHES = { solid: undefined, dashed: '6 4', dotted: '0.5 4' } as const;

/** A legend's sample of a tie: its kind's colour, in its kind's line style unless ties are drawn solid. */
export function TieLine({ kind, styled = true, dashes }: { kind: TieKind; styled?: boolean; dashes?: string }) {
  return (
    <svg width="28" height="8" aria-hidden="true">
      <line
        x1="1"
        y1="4"
        x2="27"
        y2="4"
        stroke={EDGE_COLOURS[kind]}
        strokeWidth="2.5"
        strokeLinecap={dashes ? undefined : 'round'}
        strokeDasharray={dashes ?? (styled ? DASHES[EDGE_LINES[kind]] : undefined)}
      />
    </svg>
  );
}
