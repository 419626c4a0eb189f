/** The browser UI: web/dist when it has been built, else a page saying so. Client-side routes get index.html. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { type Context, Hono, type MiddlewareHandler } from 'hono';

const NOT_BUILT = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Caseforce</title></head>
<body>
<h1>Caseforce</h1>
<p>The web UI is not built yet. The server and its API are running: see
<a href="/api/scenarios">/api/scenarios</a> and <a href="/api/runs">/api/runs</a>.</p>
</body>
</html>
`;

/** Paths the single-page app routes itself. */
export const UI_ROUTES = ['/', '/runs/:id', '/compare', '/analyse', '/hindcast'] as const;

export function staticUi(distDir: string): Hono {
  const indexFile = join(distDir, 'index.html');
  // The UI may be built while the server runs, so look for it on each request.
  const sendIndex = (c: Context) =>
    c.html(existsSync(indexFile) ? readFileSync(indexFile, 'utf8') : NOT_BUILT);
  let assets: MiddlewareHandler | undefined;
  const app = new Hono();
  for (const route of UI_ROUTES) app.get(route, sendIndex);
  app.get('*', async (c, next) => {
    if (c.req.path.startsWith('/api/') || !existsSync(distDir)) return next();
    assets ??= serveStatic({ root: distDir });
    return assets(c, next);
  });
  return app;
}
