import { useRef, useState, type KeyboardEvent } from 'react';
import { tieKindLabel } from '../graph/style';
import type { GraphData } from '../graph/types';

export interface ClusterTableProps {
  graph: GraphData;
  selected: string | null;
  onSelect: (id: string) => void;
  countryName: (code: string | null | undefined) => string;
}

/**
 * Rows listed at first in each table: 2,000 rows (a network at the element budget) took 2.6 s of
 * React work and layout in one main-thread task under load; the rest are a click away.
 */
export const ROW_LIMIT = 300;

/** The first ROW_LIMIT rows until all are asked for, and the button that asks. */
function useRowLimit<T>(rows: readonly T[], what: string) {
  const [all, setAll] = useState(false);
  const hidden = all ? 0 : Math.max(0, rows.length - ROW_LIMIT);
  return {
    rows: hidden ? rows.slice(0, ROW_LIMIT) : rows,
    more: hidden ? (
      <p className="table-more">
        {ROW_LIMIT} of {rows.length} {what} listed.{' '}
        <button type="button" className="linkish" onClick={() => setAll(true)}>
          List all {rows.length}
        </button>
      </p>
    ) : null,
  };
}

/** Roving focus over rows: arrows move, Enter or Space select, like a listbox a screen reader knows. */
export function useRowKeys(onPick: (id: string) => void) {
  const body = useRef<HTMLTableSectionElement>(null);
  return {
    body,
    onKeyDown: (e: KeyboardEvent<HTMLTableRowElement>, id: string) => {
      const rows = [...(body.current?.querySelectorAll<HTMLTableRowElement>('tr') ?? [])];
      const i = rows.indexOf(e.currentTarget);
      const go = (j: number) => rows[Math.max(0, Math.min(rows.length - 1, j))]?.focus();
      if (e.key === 'ArrowDown') go(i + 1);
      else if (e.key === 'ArrowUp') go(i - 1);
      else if (e.key === 'Home') go(0);
      else if (e.key === 'End') go(rows.length - 1);
      else if (e.key === 'Enter' || e.key === ' ') onPick(id);
      else return;
      e.preventDefault();
    },
  };
}

export function ClusterTable({ graph, selected, onSelect, countryName }: ClusterTableProps) {
  const names = new Map(graph.nodes.map((n) => [n.id, n.label]));
  const clusters = [...graph.nodes].sort((a, b) => b.degree - a.degree || a.label.localeCompare(b.label));
  const ties = [...graph.edges].sort((a, b) => (names.get(a.source) ?? '').localeCompare(names.get(b.source) ?? ''));
  const first = selected && names.has(selected) ? selected : clusters[0]?.id;
  const nodeKeys = useRowKeys(onSelect);
  const tieKeys = useRowKeys(onSelect);
  const clusterRows = useRowLimit(clusters, 'clusters');
  const tieRows = useRowLimit(ties, 'ties');

  return (
    <div className="tables">
      <table
        className="data-table"
        role="grid"
        aria-label="Clusters shown"
        data-testid="cluster-table"
        data-count={clusters.length}
      >
        <caption>
          {clusters.length} cluster{clusters.length === 1 ? '' : 's'} shown
        </caption>
        <thead>
          <tr>
            <th scope="col">Cluster</th>
            <th scope="col">Country</th>
            <th scope="col">Ties</th>
          </tr>
        </thead>
        <tbody ref={nodeKeys.body}>
          {clusterRows.rows.map((n) => (
            <tr
              key={n.id}
              role="row"
              aria-selected={n.id === selected}
              tabIndex={n.id === first ? 0 : -1}
              data-id={n.id}
              onClick={() => onSelect(n.id)}
              onKeyDown={(e) => nodeKeys.onKeyDown(e, n.id)}
            >
              <td>{n.label}</td>
              <td>{countryName(n.country)}</td>
              <td className="num">{n.degree}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {clusterRows.more}
      <table
        className="data-table"
        role="grid"
        aria-label="Ties shown"
        data-testid="tie-table"
        data-count={ties.length}
      >
        <caption>
          {ties.length} tie{ties.length === 1 ? '' : 's'} shown
        </caption>
        <thead>
          <tr>
            <th scope="col">Between</th>
            <th scope="col">Kind</th>
            <th scope="col">Years</th>
          </tr>
        </thead>
        <tbody ref={tieKeys.body}>
          {tieRows.rows.map((e, i) => (
            <tr
              key={e.id}
              role="row"
              tabIndex={i === 0 ? 0 : -1}
              aria-selected={e.id === selected || e.source === selected || e.target === selected}
              data-id={e.id}
              onClick={() => onSelect(e.id)}
              onKeyDown={(ev) => tieKeys.onKeyDown(ev, e.id)}
            >
              <td>
                {names.get(e.source) ?? e.source} – {names.get(e.target) ?? e.target}
              </td>
              <td>{tieKindLabel(e)}</td>
              <td>{e.years.length ? e.years.join(', ') : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {tieRows.more}
    </div>
  );
}
