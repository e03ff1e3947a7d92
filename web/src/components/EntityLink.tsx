import type { MouseEvent } from 'react';

/** A real link (it can be opened in a new tab or copied) that selects the entity in place. */
export function EntityLink({ id, name, onSelect }: { id: string; name: string; onSelect: (id: string) => void }) {
  const params = new URLSearchParams(window.location.search);
  params.set('sel', id);
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    onSelect(id);
  };
  return (
    <a className="entity-link" href={`?${params.toString()}`} onClick={onClick} data-entity-id={id}>
      {name}
    </a>
  );
}
