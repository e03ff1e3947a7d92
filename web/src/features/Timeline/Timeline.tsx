import { useEffect, useMemo, useRef, useState, type PointerEvent } from 'react';
import { useQuery } from 'urql';
import {
  brushRange,
  markedSteps,
  MARKED_STEPS,
  STATUS_COLOURS,
  STATUS_LABELS,
  yearStacks,
  type MarkedStep,
} from '../../graph/timeline';
import { AgreementEventsQuery, TimelineQuery } from './queries';

const WIDTH = 600;
/**
 * The marks of the years agreements are updated or end, above the bars: dark, apart from the
 * status colours of the bars, and each its own shape.
 */
const STEP_MARKS: Readonly<Record<MarkedStep, { colour: string; glyph: string; path: string; label: string }>> = {
  UPDATED: { colour: '#5B2A86', glyph: '◆', path: 'm-4,3 l4,-3 l4,3 l-4,3 z', label: 'an agreement is updated' },
  ENDS: { colour: '#B00020', glyph: '▼', path: 'm-4,0 h8 l-4,6 z', label: 'an agreement ends' },
};
const STEP_TITLES: Readonly<Record<MarkedStep, string>> = { UPDATED: 'Updated in', ENDS: 'Ends in' };
const HEIGHT = 70;

export interface YearRange {
  from: number | null;
  to: number | null;
}

/**
 * Agreements, missions and partnerships per year, stacked by status, under the canvas. Dragging
 * across the bars (the brush) sets the year filter; Play steps its end year forward.
 */
export function Timeline({ range, onRange }: { range: YearRange; onRange: (range: YearRange) => void }) {
  const [result] = useQuery({ query: TimelineQuery });
  const { stacks, undated } = useMemo(() => yearStacks(result.data?.timeline ?? []), [result.data]);
  // Signing is in the bars (an agreement counts in the year it was signed); updates and ends are marked apart.
  const [events] = useQuery({ query: AgreementEventsQuery, variables: { events: [...MARKED_STEPS] } });
  const marks = useMemo(() => markedSteps(events.data?.agreementEvents ?? []), [events.data]);
  const svg = useRef<SVGSVGElement>(null);
  const [drag, setDrag] = useState<{ start: number; end: number } | null>(null);
  const [playing, setPlaying] = useState(false);
  const latest = useRef({ range, onRange });
  latest.current = { range, onRange };

  const first = stacks[0]?.year ?? 0;
  const last = stacks[stacks.length - 1]?.year ?? 0;
  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => {
      const { range: now, onRange: set } = latest.current;
      const to = now.to === null || now.to >= last ? (now.from ?? first) : now.to + 1;
      set({ from: now.from ?? first, to });
      if (to >= last) setPlaying(false);
    }, 900);
    return () => clearInterval(timer);
  }, [playing, first, last]);

  if (result.error) return <p className="hint">The timeline could not be read.</p>;
  if (stacks.length === 0) return null;
  const band = WIDTH / stacks.length;
  const max = Math.max(1, ...stacks.map((s) => s.total));
  const yearAt = (event: PointerEvent<SVGSVGElement>) => {
    const box = svg.current?.getBoundingClientRect();
    if (!box || box.width === 0) return first;
    return first + Math.floor(((event.clientX - box.left) / box.width) * stacks.length);
  };
  const shown = drag
    ? brushRange(drag.start, drag.end, stacks)
    : range.from !== null || range.to !== null
      ? range
      : null;
  const inShown = (year: number) =>
    shown !== null && (shown.from === null || year >= shown.from) && (shown.to === null || year <= shown.to);

  return (
    <section className="timeline" aria-label="Timeline" data-testid="timeline">
      <svg
        ref={svg}
        viewBox={`0 0 ${WIDTH} ${HEIGHT + 14}`}
        preserveAspectRatio="none"
        role="img"
        aria-label={`Agreements, missions and partnerships per year, ${first} to ${last}; drag to choose years`}
        data-testid="timeline-brush"
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId);
          const year = yearAt(e);
          setDrag({ start: year, end: year });
        }}
        onPointerMove={(e) => drag && setDrag({ ...drag, end: yearAt(e) })}
        onPointerUp={() => {
          if (!drag) return;
          const chosen = brushRange(drag.start, drag.end, stacks);
          setDrag(null);
          if (chosen) onRange(chosen);
        }}
      >
        {stacks.map((stack, i) => {
          let y = HEIGHT;
          return (
            <g key={stack.year} opacity={shown && !inShown(stack.year) ? 0.3 : 1}>
              <title>{`${stack.year}: ${stack.parts.map((p) => `${p.count} ${STATUS_LABELS[p.key]}`).join(', ') || 'nothing dated'}`}</title>
              <rect x={i * band} y={0} width={band} height={HEIGHT} fill="transparent" />
              {stack.parts.map((part) => {
                const h = (part.count / max) * (HEIGHT - 4);
                y -= h;
                return (
                  <rect
                    key={part.key}
                    x={i * band + 1}
                    y={y}
                    width={Math.max(1, band - 2)}
                    height={h}
                    fill={STATUS_COLOURS[part.key]}
                  />
                );
              })}
              {MARKED_STEPS.map((step, row) => {
                const lines = marks.get(step)?.get(stack.year);
                if (!lines) return null;
                return (
                  <path
                    key={step}
                    d={`M${i * band + band / 2},${row * 7} ${STEP_MARKS[step].path}`}
                    fill={STEP_MARKS[step].colour}
                    data-testid={`timeline-${step.toLowerCase()}`}
                    data-year={stack.year}
                  >
                    <title>{`${STEP_TITLES[step]} ${stack.year}: ${lines.join('; ')}`}</title>
                  </path>
                );
              })}
              {(i === 0 || i === stacks.length - 1 || stack.year % 5 === 0) && (
                <text x={i * band + band / 2} y={HEIGHT + 12} fontSize="10" textAnchor="middle">
                  {stack.year}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <div className="timeline-controls">
        <label>
          From{' '}
          <input
            type="number"
            min={first}
            max={last}
            value={range.from ?? ''}
            data-testid="timeline-from"
            onChange={(e) => onRange({ ...range, from: e.target.value ? Number(e.target.value) : null })}
          />
        </label>
        <label>
          to{' '}
          <input
            type="number"
            min={first}
            max={last}
            value={range.to ?? ''}
            data-testid="timeline-to"
            onChange={(e) => onRange({ ...range, to: e.target.value ? Number(e.target.value) : null })}
          />
        </label>
        <button type="button" onClick={() => setPlaying((p) => !p)} data-testid="timeline-play">
          {playing ? 'Pause' : 'Play'}
        </button>
        <button type="button" onClick={() => onRange({ from: null, to: null })} disabled={!shown}>
          All years
        </button>
        <span className="muted">
          {undated} undated (partnerships and facts without a date): not on the timeline, and left out when years are
          chosen.
        </span>
        <span className="legend-inline">
          {Object.entries(STATUS_LABELS).map(([key, label]) => (
            <span key={key}>
              <span className="swatch" style={{ background: STATUS_COLOURS[key] }} aria-hidden="true" /> {label}
            </span>
          ))}
          {MARKED_STEPS.filter((step) => (marks.get(step)?.size ?? 0) > 0).map((step) => (
            <span key={step}>
              <span aria-hidden="true" style={{ color: STEP_MARKS[step].colour }}>
                {STEP_MARKS[step].glyph}
              </span>{' '}
              {STEP_MARKS[step].label}
            </span>
          ))}
        </span>
      </div>
    </section>
  );
}
