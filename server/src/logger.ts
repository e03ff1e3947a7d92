import { pino, type Logger } from 'pino';
import { PinoPretty } from 'pino-pretty';

/** The structured logger; one per process, children per request. JSON when piped, readable in a terminal. */
export type { Logger };

export function createLogger(level: string): Logger {
  const options = { level, base: undefined, timestamp: pino.stdTimeFunctions.isoTime };
  if (!process.stdout.isTTY) return pino(options);
  return pino(options, PinoPretty({ sync: true, translateTime: 'HH:MM:ss', ignore: 'hostname' }));
}
