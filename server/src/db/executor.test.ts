import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { AtlasError } from '../errors.js';
import { translateDriverError } from './executor.js';

const driverError = (code: string) => new Neo4jError('driver text that must not reach a client', code, '', '');

describe('translateDriverError', () => {
  it('tells a query that outgrew its memory apart from a database that is down', () => {
    // Regression: gaps over all sectors of a 10,000-cluster graph said "the database is not answering".
    const error = translateDriverError(driverError('Neo.TransientError.General.MemoryPoolOutOfMemoryError'));
    expect(error).toBeInstanceOf(AtlasError);
    expect(error).toMatchObject({ code: 'QUERY_TOO_LARGE', message: expect.stringContaining('narrow it') });
    expect(
      translateDriverError(driverError('Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration')),
    ).toMatchObject({
      code: 'QUERY_TOO_LARGE',
    });
  });

  it('maps a lost connection to DATABASE_UNAVAILABLE and a taken id to CONFLICT', () => {
    expect(translateDriverError(driverError('ServiceUnavailable'))).toMatchObject({ code: 'DATABASE_UNAVAILABLE' });
    // Regression (reliability suite, Neo4j killed under load): the connection dropped under a query.
    expect(translateDriverError(driverError('ProtocolError'))).toMatchObject({ code: 'DATABASE_UNAVAILABLE' });
    expect(translateDriverError(driverError('Neo.ClientError.Schema.ConstraintValidationFailed'))).toMatchObject({
      code: 'CONFLICT',
    });
  });

  it('passes anything else through, to be masked and logged', () => {
    const other = driverError('Neo.ClientError.Statement.SyntaxError');
    expect(translateDriverError(other)).toBe(other);
  });
});
