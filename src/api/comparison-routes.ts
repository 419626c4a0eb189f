/**
 * /api/comparisons: paired comparisons (baseline vs options on the same seed) stored and computed
 * off the request path. POST answers 202 with a Location to poll; GET gives the status and, when
 * done, the comparison (the same JSON as POST /api/analysis/compare answers in the request).
 */
import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { z } from 'zod';
import { inProcessRunner } from '../analysis/buffer-runner.js';
import { createParallelRunner } from '../parallel-buffer-runner.js';
import type { Scenario } from '../scenario/scenario-schema.js';
import {
  type ComparisonRecord,
  deleteComparison,
  findComparisonById,
  insertComparison,
  listComparisons,
} from '../store/comparison-repository.js';
import { checkWork, scenarioLoader, thresholdsOf } from './analysis-inputs.js';
import { parseBody } from './analysis-request.js';
import type { AppDeps } from './app-deps.js';
import { createComparisonQueue } from './comparison-queue.js';
import { comparisonRequestSchema } from './comparison-request.js';
import { invalidInput, notFound, ProblemError } from './problem.js';
import { readJsonBody } from './read-json-body.js';
import { checkJobId, LIST_LIMIT_SCHEMA } from './request-limits.js';

const ListQuerySchema = z.strictObject({
  limit: LIST_LIMIT_SCHEMA,
});

export function comparisonRoutes(deps: AppDeps): Hono {
  const { db, config } = deps;
  const now = deps.now ?? (() => new Date());
  const newId = deps.newId ?? randomUUID;
  const pool = deps.analysisPool;
  const queue =
    deps.comparisons ??
    createComparisonQueue({
      db,
      runner: (signal) => (pool ? createParallelRunner(pool, signal) : inProcessRunner),
      now,
      ...(deps.log ? { log: deps.log } : {}),
    });
  const schema = comparisonRequestSchema(config);
  const loadScenario = scenarioLoader(deps);
  const present = (record: ComparisonRecord) => ({
    ...record,
    progress: record.status === 'done' ? 1 : (queue.progressOf(record.id) ?? 0),
  });

  return new Hono()
    .post('/comparisons', async (c) => {
      const request = parseBody(schema, await readJsonBody(c));
      const run = { months: request.months, runs: request.runs, seed: request.seed };
      const baseline = await loadScenario(request.baseline, run, 'baseline');
      const options: Scenario[] = [];
      for (const [i, ref] of request.options.entries()) {
        const scenario = await loadScenario(ref, run, `options.${i}`);
        if (scenario.startMonth !== baseline.startMonth || scenario.horizonMonths !== baseline.horizonMonths)
          throw invalidInput([
            {
              path: `options.${i}`,
              message: `must start in ${baseline.startMonth} and run ${baseline.horizonMonths} months like the baseline (give "months" to cut both)`,
            },
          ]);
        options.push(ref.name === undefined ? scenario : { ...scenario, name: ref.name });
      }
      const thresholds = thresholdsOf(request.thresholds);
      checkWork(1 + options.length, request.runs, baseline.horizonMonths);
      if (queue.closed)
        throw new ProblemError('shutting-down', 'The server is stopping; submit the comparison again later.');
      const full = () =>
        new ProblemError(
          'queue-full',
          'Too many comparisons are waiting; try again when some have finished.',
          undefined,
          { 'Retry-After': '5' },
        );
      if (!queue.hasRoom()) throw full();
      const title = `${baseline.name} vs ${options.map((o) => o.name).join(', ')}`.slice(0, 300);
      const record = await insertComparison(db, { id: newId(), title, request, createdAt: now() });
      const spec = {
        baseline,
        options,
        seed: request.seed,
        runs: request.runs,
        thresholds,
        confidence: request.confidence,
      };
      if (!queue.enqueue({ id: record.id, spec })) {
        await deleteComparison(db, record.id);
        throw full();
      }
      c.header('Location', `/api/comparisons/${record.id}`);
      return c.json({ id: record.id, status: record.status, title }, 202);
    })
    .get('/comparisons', async (c) => {
      const parsed = ListQuerySchema.safeParse(c.req.query());
      if (!parsed.success)
        throw invalidInput(parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
      const items = await listComparisons(db, parsed.data.limit);
      return c.json({ items: items.map(present) });
    })
    .get('/comparisons/:id', async (c) => {
      const id = checkJobId(c.req.param('id'), 'comparison');
      const found = await findComparisonById(db, id);
      if (!found) throw notFound(`Comparison ${id}`);
      const { resultJson, ...rest } = found;
      // The stored result is spliced in as text: it can be megabytes and is already JSON.
      const head = JSON.stringify(present(rest));
      return c.body(`${head.slice(0, -1)},"result":${resultJson ?? 'null'}}`, 200, {
        'content-type': 'application/json; charset=utf-8',
      });
    })
    .delete('/comparisons/:id', async (c) => {
      const id = checkJobId(c.req.param('id'), 'comparison');
      if (!(await findComparisonById(db, id))) throw notFound(`Comparison ${id}`);
      await queue.stop(id, 'cancelled');
      await deleteComparison(db, id);
      return c.body(null, 204);
    });
}
