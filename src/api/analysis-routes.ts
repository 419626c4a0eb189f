/**
 * /api/analysis/*: decision analyses answered in the request (compare, thresholds, tornado,
 * goal-seek, routes). One analysis runs at a time, on the server's worker pool, within a cap on
 * the replication-months it may simulate; a client that disconnects cancels it.
 */
import { type Context, Hono } from 'hono';
import type { z } from 'zod';
import { type BufferRunner, inProcessRunner } from '../analysis/buffer-runner.js';
import { compareScenarios } from '../analysis/compare-scenarios.js';
import { goalSeek } from '../analysis/goal-seek.js';
import { routeEconomics } from '../analysis/route-economics.js';
import { parseThreshold, thresholdReport } from '../analysis/threshold-report.js';
import { runTornado } from '../analysis/tornado.js';
import { createParallelRunner } from '../parallel-buffer-runner.js';
import type { FieldProblem, Result } from '../scenario/field-problem.js';
import type { Scenario, Threshold } from '../scenario/scenario-schema.js';
import { findScenarioById } from '../store/scenario-repository.js';
import { analysisSchemas, parseBody, type ScenarioRef } from './analysis-request.js';
import type { AppDeps } from './app-deps.js';
import { invalidInput, ProblemError } from './problem.js';
import { readJsonBody } from './read-json-body.js';
import { buildRunScenario, type RunRequest } from './run-request.js';

/** Most replication-months one analysis may simulate (about 70 runs of 1,000 x 60). */
export const MAX_ANALYSIS_REPLICATION_MONTHS = 4_000_000;

export function analysisRoutes(deps: AppDeps): Hono {
  const { db, shipped, config } = deps;
  const schemas = analysisSchemas(config);
  let busy = false;

  const loadScenario = async (
    ref: ScenarioRef,
    run: { months?: number | undefined; runs: number; seed: string },
    prefix: string,
  ): Promise<Scenario> => {
    const at = (p: FieldProblem) => ({ ...p, path: prefix ? `${prefix}.${p.path}` : p.path });
    let raw: unknown = ref.scenario;
    if (ref.scenarioId !== undefined) {
      const found = shipped.get(ref.scenarioId) ?? (await findScenarioById(db, ref.scenarioId));
      if (!found)
        throw invalidInput([
          at({ path: 'scenarioId', message: `no scenario has the id "${ref.scenarioId}"` }),
        ]);
      raw = found.scenario;
    }
    try {
      return buildRunScenario(raw, { ...ref, ...run } as RunRequest);
    } catch (error) {
      if (error instanceof ProblemError && error.errors) throw invalidInput(error.errors.map(at));
      throw error;
    }
  };

  const checkWork = (simulations: number, runs: number, months: number) => {
    const work = simulations * runs * months;
    if (work > MAX_ANALYSIS_REPLICATION_MONTHS)
      throw invalidInput([
        {
          path: 'runs',
          message: `this analysis would simulate ${work.toLocaleString('en-GB')} replication-months; at most ${MAX_ANALYSIS_REPLICATION_MONTHS.toLocaleString('en-GB')} (use fewer runs, months or parameters)`,
        },
      ]);
  };

  const thresholdsOf = (items: readonly (string | Threshold)[]): Threshold[] =>
    items.map((item, i) => {
      if (typeof item !== 'string') return item;
      const parsed = parseThreshold(item);
      if (!parsed.ok)
        throw invalidInput(parsed.error.map((p) => ({ path: `thresholds.${i}`, message: p.message })));
      return parsed.value;
    });

  const unwrap = <T>(result: Result<T>): T => {
    if (!result.ok) throw invalidInput(result.error);
    return result.value;
  };

  /** Runs one analysis at a time, with a runner cancelled when the client goes away. */
  const exclusive = async <T>(signal: AbortSignal, fn: (run: BufferRunner) => Promise<T>): Promise<T> => {
    if (busy)
      throw new ProblemError('queue-full', 'Another analysis is running; try again shortly.', undefined, {
        'Retry-After': '5',
      });
    busy = true;
    try {
      return await fn(deps.analysisPool ? createParallelRunner(deps.analysisPool, signal) : inProcessRunner);
    } finally {
      busy = false;
    }
  };

  const body = async <S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> =>
    parseBody(schema, await readJsonBody(c)) as z.output<S>;

  return new Hono()
    .post('/analysis/compare', async (c) => {
      const b = await body(c, schemas.compare);
      const run = { months: b.months, runs: b.runs, seed: b.seed };
      const baseline = await loadScenario(b.baseline, run, 'baseline');
      const options: Scenario[] = [];
      for (const [i, ref] of b.options.entries()) options.push(await loadScenario(ref, run, `options.${i}`));
      const thresholds = thresholdsOf(b.thresholds);
      checkWork(1 + options.length, b.runs, baseline.horizonMonths);
      const spec = { baseline, options, seed: b.seed, runs: b.runs, thresholds, confidence: b.confidence };
      return c.json(unwrap(await exclusive(c.req.raw.signal, (r) => compareScenarios(spec, r))));
    })
    .post('/analysis/thresholds', async (c) => {
      const b = await body(c, schemas.thresholds);
      const scenario = await loadScenario(b, b, '');
      const thresholds = [...scenario.thresholds, ...thresholdsOf(b.thresholds)];
      if (thresholds.length === 0)
        throw invalidInput([{ path: 'thresholds', message: 'the scenario names none: give at least one' }]);
      checkWork(1, b.runs, scenario.horizonMonths);
      const buffer = await exclusive(c.req.raw.signal, (r) => r({ scenario, seed: b.seed, runs: b.runs }));
      const reports = thresholds.map((t) => thresholdReport(buffer, t, scenario.startMonth, b.confidence));
      return c.json({ seed: b.seed, runs: b.runs, reports });
    })
    .post('/analysis/tornado', async (c) => {
      const b = await body(c, schemas.tornado);
      const scenario = await loadScenario(b, b, '');
      const parameters = b.parameters?.length ?? 40;
      checkWork(1 + 2 * parameters, b.runs, Math.min(b.month, scenario.horizonMonths));
      const outcome = {
        metric: b.metric,
        month: b.month,
        statistic: b.statistic,
        ...(b.condition ? { condition: b.condition } : {}),
      };
      const spec = {
        scenario,
        outcome,
        seed: b.seed,
        runs: b.runs,
        pct: b.pct,
        ...(b.parameters ? { parameters: b.parameters } : {}),
      };
      return c.json(unwrap(await exclusive(c.req.raw.signal, (r) => runTornado(spec, r))));
    })
    .post('/analysis/goal-seek', async (c) => {
      const b = await body(c, schemas.goalSeek);
      const scenario = await loadScenario(b, b, '');
      const [lo, hi] = b.range;
      const width = Math.abs(hi - lo);
      const steps = b.integer
        ? Math.log2(Math.max(width, 1))
        : Math.log2(width / (b.tolerance ?? width / 256));
      checkWork(2 + Math.ceil(Math.max(0, steps)), b.runs, Math.min(b.month, scenario.horizonMonths));
      const spec = {
        scenario,
        lever: b.lever,
        range: b.range,
        metric: b.metric,
        op: b.op,
        target: b.target,
        month: b.month,
        confidence: b.confidence,
        seek: b.seek,
        integer: b.integer,
        ...(b.tolerance === undefined ? {} : { tolerance: b.tolerance }),
        seed: b.seed,
        runs: b.runs,
      };
      return c.json(unwrap(await exclusive(c.req.raw.signal, (r) => goalSeek(spec, r))));
    })
    .post('/analysis/routes', async (c) => {
      const b = await body(c, schemas.routes);
      const scenario = await loadScenario(b, { runs: b.runs, seed: b.seed }, '');
      const routes = routeEconomics({
        scenario,
        seed: b.seed,
        runs: b.runs,
        years: b.years,
        ...(b.cohortSizes ? { cohortSizes: b.cohortSizes } : {}),
        ...(b.costsGbp ? { costsGbp: b.costsGbp } : {}),
      });
      return c.json({ seed: b.seed, runs: b.runs, years: b.years, routes });
    });
}
