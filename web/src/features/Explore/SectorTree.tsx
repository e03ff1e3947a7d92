import { useId, useState, type KeyboardEvent } from 'react';
import type { SectorTreeNode } from '../../graph/filters';

export interface SectorTreeProps {
  roots: readonly SectorTreeNode[];
  selected: readonly string[];
  /** Clusters per sector, subsectors included; absent when the view cannot count them (drawn per group). */
  counts?: ReadonlyMap<string, number>;
  onToggle: (id: string) => void;
}

interface Row {
  node: SectorTreeNode;
  parent: string | null;
}

/** The rows a keyboard walks: every item whose ancestors are all expanded, in reading order. */
function visibleRows(roots: readonly SectorTreeNode[], expanded: ReadonlySet<string>): Row[] {
  const rows: Row[] = [];
  const walk = (nodes: readonly SectorTreeNode[], parent: string | null) => {
    for (const node of nodes) {
      rows.push({ node, parent });
      if (expanded.has(node.id)) walk(node.children, node.id);
    }
  };
  walk(roots, null);
  return rows;
}

/**
 * Sectors as a WAI-ARIA tree: one tab stop, ↑ ↓ move, → opens or enters, ← closes or goes to the
 * parent, Home and End, Space or Enter select (several may be), a click selects, the arrow opens.
 */
export function SectorTree({ roots, selected, counts, onToggle }: SectorTreeProps) {
  const prefix = useId();
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const rows = visibleRows(roots, expanded);
  const [focused, setFocused] = useState<string | null>(null);
  const current = rows.some((r) => r.node.id === focused) ? focused : (rows[0]?.node.id ?? null);
  const domId = (id: string) => `${prefix}-${id}`;

  const move = (id: string | undefined) => {
    if (!id) return;
    setFocused(id);
    document.getElementById(domId(id))?.focus();
  };
  const setOpen = (id: string, open: boolean) =>
    setExpanded((prev) => {
      const next = new Set(prev);
      if (open) next.add(id);
      else next.delete(id);
      return next;
    });

  const onKeyDown = (e: KeyboardEvent<HTMLLIElement>, row: Row) => {
    if (e.target !== e.currentTarget) return;
    const i = rows.findIndex((r) => r.node.id === row.node.id);
    const open = expanded.has(row.node.id);
    const hasChildren = row.node.children.length > 0;
    if (e.key === 'ArrowDown') move(rows[i + 1]?.node.id);
    else if (e.key === 'ArrowUp') move(rows[i - 1]?.node.id);
    else if (e.key === 'Home') move(rows[0]?.node.id);
    else if (e.key === 'End') move(rows[rows.length - 1]?.node.id);
    else if (e.key === 'ArrowRight' && hasChildren) {
      if (open) move(row.node.children[0]?.id);
      else setOpen(row.node.id, true);
    } else if (e.key === 'ArrowLeft') {
      if (open) setOpen(row.node.id, false);
      else move(row.parent ?? undefined);
    } else if (e.key === ' ' || e.key === 'Enter') onToggle(row.node.id);
    else return;
    e.preventDefault();
    e.stopPropagation();
  };

  const items = (nodes: readonly SectorTreeNode[], parent: string | null, level: number) =>
    nodes.map((node) => {
      const open = expanded.has(node.id);
      const isSelected = selected.includes(node.id);
      return (
        <li
          key={node.id}
          id={domId(node.id)}
          role="treeitem"
          aria-level={level}
          aria-selected={isSelected}
          aria-expanded={node.children.length ? open : undefined}
          tabIndex={node.id === current ? 0 : -1}
          data-testid={`sector-${node.id}`}
          onKeyDown={(e) => onKeyDown(e, { node, parent })}
          onFocus={(e) => e.target === e.currentTarget && setFocused(node.id)}
        >
          <span className="tree-row">
            <span className="twisty" aria-hidden="true" onClick={() => node.children.length && setOpen(node.id, !open)}>
              {node.children.length ? (open ? '▾' : '▸') : ''}
            </span>
            <span className="tree-label" onClick={() => onToggle(node.id)}>
              <span className="check" aria-hidden="true">
                {isSelected ? '☑' : '☐'}
              </span>{' '}
              {node.name} {counts && <span className="count">{counts.get(node.id) ?? 0}</span>}
            </span>
          </span>
          {open && node.children.length > 0 && <ul role="group">{items(node.children, node.id, level + 1)}</ul>}
        </li>
      );
    });

  return (
    <ul role="tree" aria-label="Sectors" aria-multiselectable="true" className="sector-tree">
      {items(roots, null, 1)}
    </ul>
  );
}
