/**
 * /api/hindcast/surveys: the hindcast of every council with usable data, stored and computed off
 * the request path (about a minute at 200 runs). POST answers 202 with a Location to poll; GET gives
 * the status, progress and, when done, the coverage and errors per metric and per council.
 */
import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { z } from 'zod';
import { inProcessRunner } from '../analysis/buffer-runner.js';
import type { CensusData } from '../data/census-data.js';
import { shippedCensusData } from '../data/read-census-files.js';
import { createParallelRunner } from '../parallel-buffer-runner.js';
import {
  deleteSurvey,
  findSurveyById,
  insertSurvey,
  listSurveys,
  type SurveyRecord,
} from '../store/survey-repository.js';
import type { AppDeps } from './app-deps.js';
import { hindcastRequestSchema } from './hindcast-routes.js';
import { invalidInput, notFound, ProblemError } from './problem.js';
import { readJsonBody } from './read-json-body.js';
import { checkJobId, LIST_LIMIT_SCHEMA } from './request-limits.js';
import { createSurveyQueue } from './survey-queue.js';
import { zodProblems } from './zod-problems.js';

export const DEFAULT_SURVEY_RUNS = 200;
export const MAX_SURVEY_RUNS = 1000;

const SurveyRequestSchema = hindcastRequestSchema(MAX_SURVEY_RUNS)
  .omit({ la: true })
  .extend({
    runs: z
      .int({ error: `must be a whole number of runs from 1 to ${MAX_SURVEY_RUNS}` })
      .min(1, { error: 'must be at least 1' })
      .max(MAX_SURVEY_RUNS, { error: `must be at most ${MAX_SURVEY_RUNS}` })
      .default(DEFAULT_SURVEY_RUNS),
  });

export interface SurveyRouteOptions {
  data?: () => CensusData;
}

export function surveyRoutes(deps: AppDeps, options: SurveyRouteOptions = {}): Hono {
  const { db } = deps;
  const data = options.data ?? shippedCensusData;
  const now = deps.now ?? (() => new Date());
  const newId = deps.newId ?? randomUUID;
  const pool = deps.analysisPool;
  const queue =
    deps.surveys ??
    createSurveyQueue({
      db,
      data,
      runner: (signal) => (pool ? createParallelRunner(pool, signal) : inProcessRunner),
      now,
      ...(deps.log ? { log: deps.log } : {}),
    });
  const present = (record: SurveyRecord) => ({
    ...record,
    progress: record.status === 'done' ? 1 : (queue.progressOf(record.id) ?? 0),
  });

  return new Hono()
    .post('/hindcast/surveys', async (c) => {
      const parsed = SurveyRequestSchema.safeParse(await readJsonBody(c));
      if (!parsed.success) throw invalidInput(zodProblems(parsed.error));
      const b = parsed.data;
      const { first, last } = data().years;
      const problems = [];
      if (b.from < first || b.from >= last)
        problems.push({ path: 'from', message: `must be a census year from ${first} to ${last - 1}` });
      if (b.to <= b.from) problems.push({ path: 'to', message: `must be after from (${b.from})` });
      else if (b.to > last)
        problems.push({ path: 'to', message: `must be at most ${last}, the last census year` });
      else if (b.to - b.from > 10)
        problems.push({ path: 'to', message: 'must be at most 10 years after from' });
      if (problems.length > 0) throw invalidInput(problems);
      if (queue.closed)
        throw new ProblemError('shutting-down', 'The server is stopping; start the survey again later.');
      const full = () =>
        new ProblemError(
          'queue-full',
          'Surveys are already running or waiting; try again later.',
          undefined,
          {
            'Retry-After': '30',
          },
        );
      if (!queue.hasRoom()) throw full();
      const title = `Every council, ${b.from} to ${b.to}, ${b.runs} runs${b.demand ? ', with demand' : ''}`;
      const record = await insertSurvey(db, { id: newId(), title, request: b, createdAt: now() });
      if (!queue.enqueue({ id: record.id, settings: b })) {
        await deleteSurvey(db, record.id);
        throw full();
      }
      c.header('Location', `/api/hindcast/surveys/${record.id}`);
      return c.json({ id: record.id, status: record.status, title }, 202);
    })
    .get('/hindcast/surveys', async (c) => {
      const parsed = LIST_LIMIT_SCHEMA.safeParse(c.req.query('limit'));
      if (!parsed.success) throw invalidInput(zodProblems(parsed.error, 'limit'));
      return c.json({ items: (await listSurveys(db, parsed.data)).map(present) });
    })
    .get('/hindcast/surveys/:id', async (c) => {
      const id = checkJobId(c.req.param('id'), 'survey');
      const found = await findSurveyById(db, id);
      if (!found) throw notFound(`Survey ${id}`);
      const { resultJson, ...rest } = found;
      const head = JSON.stringify(present(rest));
      return c.body(`${head.slice(0, -1)},"result":${resultJson ?? 'null'}}`, 200, {
        'content-type': 'application/json; charset=utf-8',
      });
    })
    .delete('/hindcast/surveys/:id', async (c) => {
      const id = checkJobId(c.req.param('id'), 'survey');
      if (!(await findSurveyById(db, id))) throw notFound(`Survey ${id}`);
      await queue.stop(id, 'cancelled');
      await deleteSurvey(db, id);
      return c.body(null, 204);
    });
}
