import { describe, expect, it } from 'vitest';
import { splitStatements } from './migrations.js';

describe('splitStatements', () => {
  it('splits on semicolons at line ends and drops comment lines', () => {
    const text = `// constraints\nCREATE CONSTRAINT a IF NOT EXISTS FOR (n:A) REQUIRE n.id IS UNIQUE;\n\n// two lines\nMATCH (n)\nSET n.x = 'a;b';\n`;
    expect(splitStatements(text)).toEqual([
      'CREATE CONSTRAINT a IF NOT EXISTS FOR (n:A) REQUIRE n.id IS UNIQUE',
      "MATCH (n)\nSET n.x = 'a;b'",
    ]);
  });

  it('gives nothing for a file of comments', () => {
    expect(splitStatements('// nothing yet\n')).toEqual([]);
  });
});
