// Pure timeline code: the server's counts per year, kind and status → stacked bars to draw.

export interface TimelineCount {
  year?: number | null;
  kind: string;
  status?: string | null;
  count: number;
}

export interface YearStack {
  year: number;
  total: number;
  /** Counts per status key ("SIGNED", "PLANNED", … or "PARTNERSHIP"), in STATUS_ORDER. */
  parts: { key: string; count: number }[];
}

export const STATUS_ORDER = ['SIGNED', 'DONE', 'ENDED', 'INITIATED', 'PLANNED'] as const;
export const STATUS_COLOURS: Readonly<Record<string, string>> = {
  SIGNED: '#0072B2',
  DONE: '#009E73',
  ENDED: '#6B7280',
  INITIATED: '#E69F00',
  PLANNED: '#CC79A7',
};
export const STATUS_LABELS: Readonly<Record<string, string>> = {
  SIGNED: 'signed',
  DONE: 'mission done',
  ENDED: 'ended',
  INITIATED: 'initiated',
  PLANNED: 'planned',
};

/** One stack per year from the first to the last dated year (empty years included), and the undated count. */
export function yearStacks(counts: readonly TimelineCount[]): { stacks: YearStack[]; undated: number } {
  const dated = counts.filter((c): c is TimelineCount & { year: number } => typeof c.year === 'number');
  const undated = counts.filter((c) => typeof c.year !== 'number').reduce((sum, c) => sum + c.count, 0);
  if (dated.length === 0) return { stacks: [], undated };
  const years = dated.map((c) => c.year);
  const first = Math.min(...years);
  const last = Math.max(...years);
  const stacks: YearStack[] = [];
  for (let year = first; year <= last; year += 1) {
    const here = dated.filter((c) => c.year === year);
    const parts = STATUS_ORDER.map((key) => ({
      key,
      count: here.filter((c) => c.status === key).reduce((sum, c) => sum + c.count, 0),
    })).filter((p) => p.count > 0);
    stacks.push({ year, total: parts.reduce((sum, p) => sum + p.count, 0), parts });
  }
  return { stacks, undated };
}

/** The years a brush from one point to another covers, in order, clamped to the stacks. */
export function brushRange(a: number, b: number, stacks: readonly YearStack[]): { from: number; to: number } | null {
  const first = stacks[0]?.year;
  const last = stacks[stacks.length - 1]?.year;
  if (first === undefined || last === undefined) return null;
  const clamp = (y: number) => Math.min(last, Math.max(first, y));
  return { from: clamp(Math.min(a, b)), to: clamp(Math.max(a, b)) };
}

/** A dated step of an agreement's life, as `agreementEvents` serves it. */
export interface AgreementStep {
  event: string;
  on: string;
  year: number;
  agreement: { name: string };
  by?: { name: string } | null;
}

/** The steps the timeline marks apart from its bars (signing is in the bars), and how each reads. */
export const MARKED_STEPS = ['UPDATED', 'ENDS'] as const;
export type MarkedStep = (typeof MARKED_STEPS)[number];

/** Per marked step, per year: one line per agreement ("MoU … (2013, by …)"). */
export function markedSteps(steps: readonly AgreementStep[]): Map<MarkedStep, Map<number, string[]>> {
  const marks = new Map<MarkedStep, Map<number, string[]>>(MARKED_STEPS.map((step) => [step, new Map()]));
  for (const s of steps) {
    const byYear = marks.get(s.event as MarkedStep);
    if (!byYear) continue;
    const line = `${s.agreement.name} (${s.on}${s.by ? `, by ${s.by.name}` : ''})`;
    byYear.set(s.year, [...(byYear.get(s.year) ?? []), line]);
  }
  return marks;
}
