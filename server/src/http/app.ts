import express, { type ErrorRequestHandler, type Express, type RequestHandler } from 'express';
import helmet from 'helmet';
import type { Executor } from '../db/executor.js';
import { AtlasError } from '../errors.js';
import { DOCUMENT_UPLOADS, UPLOAD_ROUTES, uploads } from './uploads.js';
import { healthHandler } from './health.js';
import { nestsTooDeep, variablesTooDeep } from './limits.js';
import { mountWebApp, playground } from './web.js';

/**
 * Largest GraphQL request body accepted; a query, its variables and a write's citations fit easily.
 * Uploads (documents to read, import files) have their own routes and limits (uploads.ts).
 */
export const BODY_LIMIT = '256kb';

export interface AppOptions {
  executor: Executor;
  /** The /graphql handler (Apollo); absent in tests that only need /health. */
  graphql?: RequestHandler;
  /** The built web app (web/dist); served at / and for the playground page. */
  webDist?: string;
  /**
   * Express's `trust proxy` (TRUST_PROXY): which proxies' X-Forwarded-Proto to believe, e.g.
   * `loopback` for a TLS terminator on the same machine. Unset: none, so only TLS itself is https.
   */
  trustProxy?: string;
}

const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  // Cytoscape and GraphiQL set inline styles; scripts stay same-origin only.
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  connectSrc: ["'self'"],
  workerSrc: ["'self'", 'blob:'],
};

/**
 * HSTS and `upgrade-insecure-requests` only for requests that came over https: sent on plain HTTP
 * (the LAN case, HOST=0.0.0.0), they make the browser fetch every asset over https, which nothing
 * answers, and the page stays blank.
 */
function securityHeaders(): RequestHandler {
  const common = helmet({ hsts: false, contentSecurityPolicy: false });
  const plainCsp = helmet.contentSecurityPolicy({ directives: { ...CSP_DIRECTIVES, upgradeInsecureRequests: null } });
  const tlsCsp = helmet.contentSecurityPolicy({ directives: { ...CSP_DIRECTIVES, upgradeInsecureRequests: [] } });
  const hsts = helmet.strictTransportSecurity();
  return (request, response, next) => {
    common(request, response, () => {
      if (!request.secure) return plainCsp(request, response, next);
      hsts(request, response, () => tlsCsp(request, response, next));
    });
  };
}

/**
 * The Express app: security headers, /health, /graphql (playground page for browsers, the API
 * otherwise), and the web app. No CORS headers: the web app is served from the same origin.
 */
export function createApp(options: AppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  // No ETag from res.send (GraphQL, /health, errors): a SHA-1 of every GraphQL answer (1.4% of the
  // server's CPU on a 1-hop neighbourhood under load) that nothing revalidates, as the web app POSTs
  // its queries. Static files keep theirs (express.static's own); index.html revalidates by Last-Modified.
  app.set('etag', false);
  // A number is a hop count; anything else names proxies (`loopback`, addresses, CIDRs).
  const trust = options.trustProxy;
  app.set('trust proxy', trust === undefined ? false : /^\d+$/.test(trust) ? Number(trust) : trust);
  app.use(securityHeaders());
  app.get('/health', healthHandler(options.executor));
  if (options.webDist) app.get('/graphql', playground(options.webDist));
  if (options.graphql) {
    for (const route of UPLOAD_ROUTES) app.use(route.path, ...uploads(route, options.graphql));
    app.use('/graphql', express.json({ limit: BODY_LIMIT, verify: shallowBody }), shallowQueryString, options.graphql);
  }
  if (options.webDist) mountWebApp(app, options.webDist);
  app.use(requestErrors);
  return app;
}

/** Variables nested too deep are refused before anything walks them (a POST body, a GET's query string). */
const shallowBody = (_request: unknown, _response: unknown, body: Buffer) => {
  if (nestsTooDeep(body)) throw variablesTooDeep();
};
const shallowQueryString: RequestHandler = (request, _response, next) => {
  const { variables, extensions } = request.query;
  const deep = [variables, extensions].some((value) => typeof value === 'string' && nestsTooDeep(Buffer.from(value)));
  next(deep ? variablesTooDeep() : undefined);
};

/** Errors Express raises before GraphQL runs (body too large, malformed JSON): a 4xx in GraphQL's shape, never a stack. */
const requestErrors: ErrorRequestHandler = (error: { status?: unknown; type?: unknown }, request, response, _next) => {
  if (error instanceof AtlasError) {
    response.status(400).json({ errors: [{ message: error.message, extensions: { code: error.code } }] });
    return;
  }
  const status = typeof error.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 500;
  const message =
    error.type === 'entity.too.large'
      ? (UPLOAD_ROUTES.find((route) => request.originalUrl.startsWith(route.path))?.tooLarge ??
        `The request body is larger than ${BODY_LIMIT}: send a shorter query or fewer variables (a document to read goes to ${DOCUMENT_UPLOADS.path}).`)
      : error.type === 'entity.parse.failed'
        ? 'The request body is not valid JSON: send {"query": "...", "variables": {...}}.'
        : status < 500
          ? 'The request could not be read: send a JSON body {"query": "...", "variables": {...}}.'
          : 'Internal server error.';
  response
    .status(status)
    .json({ errors: [{ message, extensions: { code: status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR' } }] });
};
