import express, { type Express } from 'express';
import helmet from 'helmet';
import type { Executor } from '../db/executor.js';
import { healthHandler } from './health.js';

/** The Express app: security headers, /health; the API and the web app are mounted by main. */
export function createApp(options: { executor: Executor }): Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          // Cytoscape and GraphiQL set inline styles; scripts stay same-origin only.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          connectSrc: ["'self'"],
          workerSrc: ["'self'", 'blob:'],
        },
      },
    }),
  );
  app.get('/health', healthHandler(options.executor));
  return app;
}
