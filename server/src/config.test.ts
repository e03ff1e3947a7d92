import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';
import { TRANSACTIONS_AT_ONCE, TURN_WAIT_MS } from './db/turns.js';

describe('loadConfig', () => {
  it('defaults to the embedded Neo4j on localhost', () => {
    const config = loadConfig({});
    expect(config.http).toEqual({ host: '127.0.0.1', port: 4000, trustProxy: undefined });
    expect(config.neo4j).toMatchObject({ mode: 'embedded', host: '127.0.0.1', port: 7687, heap: '512m' });
    expect(config.auth.editorToken).toBeUndefined();
  });

  it('uses an external Neo4j when NEO4J_URI is set', () => {
    const config = loadConfig({
      NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io',
      NEO4J_PASSWORD: 'secret',
      NEO4J_DATABASE: 'atlas',
    });
    expect(config.neo4j).toEqual({
      mode: 'external',
      uri: 'neo4j+s://abc.databases.neo4j.io',
      username: 'neo4j',
      password: 'secret',
      database: 'atlas',
    });
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ NEO4J_URI: '', ATLAS_EDITOR_TOKEN: '' })).toMatchObject({
      neo4j: { mode: 'embedded' },
      auth: { editorToken: undefined },
    });
  });

  it('names every bad variable and what it expects', () => {
    const attempt = () => loadConfig({ PORT: 'eighty', NEO4J_URI: 'http://localhost:7474', NEO4J_HEAP: 'lots' });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/PORT/);
    expect(attempt).toThrow(/NEO4J_URI: a neo4j:\/\/, neo4j\+s:\/\/ or bolt:\/\/ URI/);
    expect(attempt).toThrow(/NEO4J_HEAP: a size such as 512m/);
  });

  it('bounds the transactions at once to 1–100, by default TRANSACTIONS_AT_ONCE', () => {
    expect(loadConfig({}).transactionsAtOnce).toBe(TRANSACTIONS_AT_ONCE);
    expect(loadConfig({ NEO4J_TRANSACTIONS_AT_ONCE: '16' }).transactionsAtOnce).toBe(16);
    for (const bad of ['0', '101', '2.5', 'many'])
      expect(() => loadConfig({ NEO4J_TRANSACTIONS_AT_ONCE: bad })).toThrow(
        /NEO4J_TRANSACTIONS_AT_ONCE: a whole number from 1 to 100/,
      );
  });

  it('bounds the wait for a turn to 100–30000 ms, by default TURN_WAIT_MS', () => {
    expect(loadConfig({}).turnWaitMs).toBe(TURN_WAIT_MS);
    expect(loadConfig({ NEO4J_TURN_WAIT_MS: '2000' }).turnWaitMs).toBe(2000);
    for (const bad of ['99', '30001', '2.5', 'long'])
      expect(() => loadConfig({ NEO4J_TURN_WAIT_MS: bad })).toThrow(
        /NEO4J_TURN_WAIT_MS: a whole number of milliseconds from 100 to 30000/,
      );
  });

  it('warms hot by default; plan on request; refuses anything else', () => {
    expect(loadConfig({}).warmUp).toBe('hot');
    expect(loadConfig({ ATLAS_WARM_UP: 'plan' }).warmUp).toBe('plan');
    expect(() => loadConfig({ ATLAS_WARM_UP: 'cold' })).toThrow(/ATLAS_WARM_UP: 'hot' or 'plan'/);
  });
});
