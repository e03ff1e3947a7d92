import { makeOperation, type Operation } from 'urql';

/**
 * The Idempotency-Key of each write the app sends. A write not answered as saved (the connection
 * dropped, WRITE_OUTCOME_UNKNOWN, any error) keeps its key: sent again unchanged, as a user does by
 * pressing Save again, it carries the same key, so the server saves it at most once and answers as
 * the first time. A changed write, or the same one after it was saved, gets a new key.
 */
export class WriteKeys {
  /** Writes not yet answered as saved, by urql's key of the operation (its query and variables). */
  private readonly unsettled = new Map<number, string>();

  constructor(
    private readonly newKey: () => string = randomKey,
    private readonly most = 50,
  ) {}

  keyFor(write: number): string {
    const kept = this.unsettled.get(write);
    if (kept) return kept;
    const key = this.newKey();
    this.unsettled.set(write, key);
    // Only the latest writes can be retried by hand; the oldest go first.
    if (this.unsettled.size > this.most) this.unsettled.delete(this.unsettled.keys().next().value as number);
    return key;
  }

  settled(write: number, saved: boolean): void {
    if (saved) this.unsettled.delete(write);
  }
}

/** 128 random bits in hex: crypto.randomUUID needs a secure context, and the app is served over LAN HTTP too. */
function randomKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The operation with its Idempotency-Key added to the headers it would be sent with. */
export function withIdempotencyKey(operation: Operation, key: string): Operation {
  const given = operation.context.fetchOptions;
  return makeOperation(operation.kind, operation, {
    ...operation.context,
    fetchOptions: () => {
      const options = (typeof given === 'function' ? given() : given) ?? {};
      return { ...options, headers: { ...(options.headers as Record<string, string>), 'idempotency-key': key } };
    },
  });
}
