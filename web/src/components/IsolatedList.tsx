import { Fragment } from 'react';

/**
 * Texts from the data or from a person (names, ids, aliases), joined by ", ", each isolated for
 * bidirectional text: a right-to-left override in one reorders only itself, not the rest of the line.
 */
export function IsolatedList({ items }: { items: readonly string[] }) {
  return (
    <>
      {items.map((item, i) => (
        <Fragment key={`${i}:${item}`}>
          {i > 0 && ', '}
          <bdi>{item}</bdi>
        </Fragment>
      ))}
    </>
  );
}
