import { describe, expect, it } from 'vitest';
import { csvField } from './export';

describe('CSV export and bidirectional text (issue 11 item 5)', () => {
  it('neutralises right-to-left overrides, so a label cannot reorder the cells a reader sees', () => {
    // "\u202Egnp.exe" displays as "exe.png" in a spreadsheet; the export must not carry the override.
    expect(csvField('Cluster \u202Egnp.exe')).toBe('Cluster gnp.exe');
    expect(csvField('a\u2066b\u2069c\u202Ad\u202Be\u202Cf\u2067g\u2068h\u200Fi')).toBe('abcdefghi');
  });

  it('leaves Arabic and Hebrew letters as they are', () => {
    expect(csvField('مجموعة אשכול')).toBe('مجموعة אשכול');
  });
});
