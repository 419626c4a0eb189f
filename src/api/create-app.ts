/** The HTTP app: security, limits and the one error handler around the API routes and the UI. */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { sql } from 'kysely';
import { ENGINE_VERSION } from '../engine/engine-version.js';
import { analysisRoutes } from './analysis-routes.js';
import type { AppDeps } from './app-deps.js';
import { censusRoutes } from './census-routes.js';
import { comparisonRoutes } from './comparison-routes.js';
import { hindcastRoutes } from './hindcast-routes.js';
import {
  PROBLEM_TYPES,
  ProblemError,
  type ProblemType,
  problemErrorResponse,
  problemResponse,
  problemTypeUri,
} from './problem.js';
import { runOutputRoutes } from './run-output-routes.js';
import { runRoutes } from './run-routes.js';
import { scenarioRoutes } from './scenario-routes.js';
import { requireToken, securityHeaders } from './security.js';
import { staticUi } from './static-ui.js';
import { surveyRoutes } from './survey-routes.js';

export function createApp(deps: AppDeps): Hono {
  const log = deps.log ?? ((message: string) => console.error(message));
  const app = new Hono();
  app.use('*', securityHeaders);
  app.use('*', requireToken(deps.config.token));
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: deps.config.bodyLimitBytes,
      onError: (c) =>
        problemResponse(
          'payload-too-large',
          `The body must be at most ${deps.config.bodyLimitBytes} bytes.`,
          {
            instance: c.req.path,
            errors: [{ path: '', message: `is larger than ${deps.config.bodyLimitBytes} bytes` }],
          },
        ),
    }),
  );

  app.get('/healthz', async (c) => {
    await sql`select 1`.execute(deps.db);
    return c.json({ status: 'ok', engineVersion: ENGINE_VERSION, acceptingRuns: !deps.queue.closed });
  });
  app.get('/problems/:type', (c) => {
    const type = c.req.param('type');
    if (!Object.hasOwn(PROBLEM_TYPES, type)) return c.notFound();
    const { status, title } = PROBLEM_TYPES[type as ProblemType];
    return c.json({ type: problemTypeUri(type as ProblemType), title, status });
  });
  app.route('/api', scenarioRoutes(deps));
  app.route('/api', runRoutes(deps));
  app.route('/api', runOutputRoutes(deps));
  app.route('/api', analysisRoutes(deps));
  app.route('/api', comparisonRoutes(deps));
  app.route('/api', censusRoutes());
  app.route('/api', hindcastRoutes(deps));
  app.route('/api', surveyRoutes(deps));
  app.route('/', staticUi(deps.config.webDistDir));

  app.notFound((c) =>
    problemResponse('not-found', `There is nothing at ${c.req.method} ${c.req.path}.`, {
      instance: c.req.path,
    }),
  );
  app.onError((error, c) => {
    if (error instanceof ProblemError) return problemErrorResponse(error, c.req.path);
    log(`${c.req.method} ${c.req.path} failed: ${error.stack ?? String(error)}`);
    return problemResponse(
      'internal-error',
      'The server could not answer this request; it has been logged.',
      {
        instance: c.req.path,
      },
    );
  });
  return app;
}
