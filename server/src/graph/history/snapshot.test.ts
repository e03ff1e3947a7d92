import { describe, expect, it } from 'vitest';
import { changedFields, summarise, toSnapshot, type SnapshotRow } from './snapshot.js';

const row = (extra: Partial<SnapshotRow> = {}): SnapshotRow => ({
  id: 'pact',
  label: 'Agreement',
  props: { id: 'pact', name: 'Pact', status: 'SIGNED', updatedAt: '2026-01-01T00:00:00Z', createdAt: '2025-01-01' },
  links: [{ type: 'PARTY_TO', direction: 'in', target: 'alpha', props: {} }],
  citations: [{ source: 'news', excerpt: 'Signed.' }],
  ...extra,
});

describe('snapshots', () => {
  it('leave the stamps out of the fields and keep when the entity was created', () => {
    const snapshot = toSnapshot(row());
    expect(snapshot.props).toEqual({ id: 'pact', name: 'Pact', status: 'SIGNED' });
    expect(snapshot.createdAt).toBe('2025-01-01');
  });

  it('name the fields, owned link types and citations that differ, and nothing a write only stamps', () => {
    const before = toSnapshot(row());
    const restamped = toSnapshot(row({ props: { ...row().props, updatedAt: '2026-02-02T00:00:00Z' } }));
    expect(changedFields(before, restamped)).toEqual([]);
    const after = toSnapshot(
      row({
        props: { id: 'pact', name: 'Pact II', status: 'SIGNED' },
        links: [
          { type: 'PARTY_TO', direction: 'in', target: 'beta', props: {} },
          // A link the agreement does not own (say, another entity's) does not count as its field.
          { type: 'MET', direction: 'in', target: 'mission', props: {} },
        ],
        citations: [...row().citations, { source: 'press', excerpt: 'Renamed.' }],
      }),
    );
    expect(changedFields(before, after)).toEqual(['PARTY_TO', 'citations', 'name']);
    expect(changedFields(null, before)).toEqual(['PARTY_TO', 'citations', 'id', 'name', 'status']);
  });

  it('summarise a change in one line', () => {
    const before = toSnapshot(row());
    const after = toSnapshot(row({ props: { id: 'pact', name: 'Pact II' } }));
    expect(summarise({ operation: 'CREATE', before: null, after: before, fields: [] })).toBe(
      'Created Agreement "Pact"',
    );
    expect(summarise({ operation: 'UPDATE', before, after, fields: ['name', 'status'] })).toBe(
      'Updated Agreement "Pact II": name, status',
    );
    expect(summarise({ operation: 'DELETE', before, after: null, fields: [] })).toBe('Deleted Agreement "Pact"');
    expect(summarise({ operation: 'REVERT', before: null, after: before, fields: [], reverts: 'c1' })).toBe(
      'Reverted change c1 of Agreement "Pact": restored',
    );
  });
});
