import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Express, type RequestHandler } from 'express';

/**
 * The browser side of the server: GET /graphql from a browser serves the bundled playground
 * (web/dist/playground.html), `/` serves the built web app with an SPA fallback. Both are read
 * from disk per request, so a build made while the server runs is picked up without a restart.
 */

const NOT_BUILT = (what: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Cluster Atlas</title></head>
<body><h1>Cluster Atlas</h1>
<p>The ${what} is not built yet. Run <code>npm run build</code> in the repository, then reload this page.</p>
<p>The API answers at <code>POST /graphql</code>; <code>GET /health</code> tells whether the database is up.</p>
</body></html>`;

/** True for a browser navigation (Accept prefers HTML) that is not a GET query. */
function wantsPage(request: express.Request): boolean {
  return (
    request.method === 'GET' &&
    request.query.query === undefined &&
    request.accepts(['application/json', 'text/html']) === 'text/html'
  );
}

/** Serves the playground to browsers; passes API requests on. */
export function playground(webDist: string): RequestHandler {
  return (request, response, next) => {
    if (!wantsPage(request)) return next();
    const page = path.join(webDist, 'playground.html');
    if (existsSync(page)) return response.sendFile(page);
    return response.status(200).type('html').send(NOT_BUILT('GraphQL playground'));
  };
}

/** The web app: static files, then index.html for any other GET that is not the API (client-side routes). */
export function mountWebApp(app: Express, webDist: string): void {
  app.use(express.static(webDist, { index: 'index.html', fallthrough: true }));
  app.get('/{*path}', (request, response, next) => {
    if (!wantsPage(request)) return next();
    const index = path.join(webDist, 'index.html');
    if (existsSync(index)) return response.sendFile(index);
    return response.status(200).type('html').send(NOT_BUILT('web app'));
  });
}
