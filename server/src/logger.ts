import { pino, type Logger } from 'pino';

/** The structured logger; one per process, children per request. */
export type { Logger };

export function createLogger(level: string): Logger {
  return pino({ level, base: undefined, timestamp: pino.stdTimeFunctions.isoTime });
}
