import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema as buildSdl, findBreakingChanges, BreakingChangeType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../config.js';
import { buildSchema } from './index.js';

/**
 * The served schema contains the public contract unchanged: graphql-js's findBreakingChanges from
 * the contract to the served schema finds nothing but the absences named below.
 */

/**
 * Contract names the server does not serve yet, each until its issue lands (never as a stub):
 * remove a name here in the change that serves it.
 */
const ALLOWED_ABSENCES: string[] = [];

const CONTRACT_COPY = path.join(REPO_ROOT, 'server/test/contract.graphql');
const SHARED_CONTRACT = path.resolve(REPO_ROOT, '../shared/contract.graphql');

describe('the served schema', () => {
  const contract = buildSdl(readFileSync(CONTRACT_COPY, 'utf8'));
  const served = buildSchema();

  it.skipIf(!existsSync(SHARED_CONTRACT))('is checked against an up-to-date copy of ../shared/contract.graphql', () => {
    expect(readFileSync(CONTRACT_COPY, 'utf8')).toBe(readFileSync(SHARED_CONTRACT, 'utf8'));
  });

  it('breaks nothing in the contract but the named absences', () => {
    const changes = findBreakingChanges(contract, served).map((change) => change.description);
    const allowed = new Set(ALLOWED_ABSENCES.map((name) => `${name} was removed.`));
    expect(changes.filter((change) => !allowed.has(change))).toEqual([]);
  });

  it('still lacks every allowed absence (empty the list when one is served)', () => {
    const removed = findBreakingChanges(contract, served)
      .filter(
        (change) => change.type === BreakingChangeType.FIELD_REMOVED || change.type === BreakingChangeType.TYPE_REMOVED,
      )
      .map((change) => change.description.replace(/ was removed\.$/, ''));
    expect(removed.sort()).toEqual([...ALLOWED_ABSENCES].sort());
  });

  it('describes every type and field it serves', () => {
    const undocumented: string[] = [];
    for (const type of Object.values(served.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description) undocumented.push(type.name);
      if ('getFields' in type) {
        for (const field of Object.values(type.getFields()))
          if (!field.description) undocumented.push(`${type.name}.${field.name}`);
      }
    }
    expect(undocumented).toEqual([]);
  });
});
