import { useEffect, useMemo, useRef } from 'react';
import { segments, type Highlightable } from './highlight';

/**
 * The document with every candidate's excerpt highlighted (rendered as text, never as HTML);
 * clicking a highlight selects its innermost candidate, and the selected one scrolls into view.
 */
export function DocumentText({
  text,
  candidates,
  selected,
  onSelect,
}: {
  text: string;
  candidates: readonly (Highlightable & { status: string })[];
  selected: string | null;
  onSelect: (id: string) => void;
}) {
  const parts = useMemo(() => segments(text, candidates), [text, candidates]);
  const status = useMemo(() => new Map(candidates.map((c) => [c.id, c.status])), [candidates]);
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!selected) return;
    root.current?.querySelector('mark[data-selected="true"]')?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [selected]);

  return (
    <div className="document-text" ref={root} data-testid="document-text-view">
      {parts.map((part) =>
        part.ids.length === 0 ? (
          <span key={part.start}>{part.text}</span>
        ) : (
          <mark
            key={part.start}
            className={`excerpt depth-${Math.min(part.ids.length, 3)} ${status.get(part.ids.at(-1)!)?.toLowerCase() ?? ''}`}
            data-selected={selected !== null && part.ids.includes(selected)}
            data-candidates={part.ids.join(' ')}
            onClick={() => onSelect(part.ids.at(-1)!)}
          >
            {part.text}
          </mark>
        ),
      )}
    </div>
  );
}
