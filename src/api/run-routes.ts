/** /api/runs: submit (reusing a finished identical run), list, read and delete runs. */
import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { z } from 'zod';
import { ENGINE_VERSION } from '../engine/engine-version.js';
import { hashScenario } from '../scenario/scenario-hash.js';
import {
  deleteRun,
  findRunById,
  findRunByKey,
  insertRun,
  listRuns,
  type Run,
} from '../store/run-repository.js';
import { findScenarioById } from '../store/scenario-repository.js';
import type { AppDeps } from './app-deps.js';
import { invalidInput, notFound, ProblemError } from './problem.js';
import { readJsonBody } from './read-json-body.js';
import { checkJobId, LIST_LIMIT_SCHEMA } from './request-limits.js';
import { decodeCursor, encodeCursor } from './run-cursor.js';
import { buildRunScenario, parseRunRequest, type RunRequest } from './run-request.js';
import { zodProblems } from './zod-problems.js';

export const checkRunId = (id: string): string => checkJobId(id, 'run');

const ListQuerySchema = z.strictObject({
  limit: LIST_LIMIT_SCHEMA,
  cursor: z.string().max(400).optional(),
});

export function runRoutes(deps: AppDeps): Hono {
  const { db, queue, shipped, config } = deps;
  const now = deps.now ?? (() => new Date());
  const newId = deps.newId ?? randomUUID;

  /** A run as clients see it: live progress while it runs. */
  const present = (run: Run): Run =>
    run.status === 'running' ? { ...run, progress: queue.progressOf(run.id) ?? run.progress } : run;
  /** Submissions answer without the (large) normalised scenario; GET /api/runs/:id has it. */
  const brief = (run: Run): Run => {
    const { scenario: _scenario, ...manifest } = run.manifest;
    return present({ ...run, manifest });
  };

  const findRawScenario = async (request: RunRequest): Promise<unknown> => {
    if (request.scenarioId === undefined) return request.scenario;
    const found = shipped.get(request.scenarioId) ?? (await findScenarioById(db, request.scenarioId));
    if (!found) {
      throw invalidInput([{ path: 'scenarioId', message: `no scenario has the id "${request.scenarioId}"` }]);
    }
    return found.scenario;
  };

  return new Hono()
    .post('/runs', async (c) => {
      const request = parseRunRequest(await readJsonBody(c), config);
      const scenario = buildRunScenario(await findRawScenario(request), request);
      const key = {
        engineVersion: ENGINE_VERSION,
        scenarioHash: hashScenario(scenario),
        seed: request.seed,
        runs: request.runs,
        months: scenario.horizonMonths,
      };
      const finished = await findRunByKey(db, key, ['done']);
      if (finished) {
        c.header('Location', `/api/runs/${finished.id}`);
        return c.json(brief(finished), 200);
      }
      const pending = await findRunByKey(db, key, ['queued', 'running']);
      if (pending) {
        c.header('Location', `/api/runs/${pending.id}`);
        return c.json(brief(pending), 202);
      }
      if (queue.closed)
        throw new ProblemError('shutting-down', 'The server is stopping; submit the run again later.');
      const full = () =>
        new ProblemError(
          'queue-full',
          'Too many runs are waiting; try again when some have finished.',
          undefined,
          {
            'Retry-After': '5',
          },
        );
      if (!queue.hasRoom()) throw full();
      const run = await insertRun(db, {
        ...key,
        id: newId(),
        scenarioName: scenario.name,
        scenarioId: request.scenarioId ?? null,
        scenario,
        queuedAt: now(),
      });
      if (!queue.enqueue({ id: run.id, scenario, seed: key.seed, runs: key.runs })) {
        await deleteRun(db, run.id);
        throw full();
      }
      c.header('Location', `/api/runs/${run.id}`);
      return c.json(brief((await findRunById(db, run.id)) ?? run), 202);
    })
    .get('/runs', async (c) => {
      const parsed = ListQuerySchema.safeParse(c.req.query());
      if (!parsed.success) throw invalidInput(zodProblems(parsed.error));
      const after = parsed.data.cursor === undefined ? undefined : decodeCursor(parsed.data.cursor);
      if (parsed.data.cursor !== undefined && !after) {
        throw invalidInput([{ path: 'cursor', message: 'is not a cursor this server gave out' }]);
      }
      const limit = parsed.data.limit;
      const page = await listRuns(db, { limit: limit + 1, after });
      const items = page.slice(0, limit);
      const last = items[items.length - 1];
      const nextCursor = page.length > limit && last ? encodeCursor(last) : null;
      return c.json({ items: items.map(present), nextCursor });
    })
    .get('/runs/:id', async (c) => {
      const id = checkRunId(c.req.param('id'));
      const run = await findRunById(db, id);
      if (!run) throw notFound(`Run ${id}`);
      return c.json(present(run));
    })
    .delete('/runs/:id', async (c) => {
      const id = checkRunId(c.req.param('id'));
      if (!(await findRunById(db, id))) throw notFound(`Run ${id}`);
      await queue.stop(id, 'cancelled');
      await deleteRun(db, id);
      return c.body(null, 204);
    });
}
