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
import { answerCost } from '../analysis/goal-seek-cost.js';
import { directionOf } from '../analysis/metric-direction.js';
import { routeEconomics } from '../analysis/route-economics.js';
import { thresholdReport } from '../analysis/threshold-report.js';
import { runTornado } from '../analysis/tornado.js';
import { selectTornadoParameters } from '../analysis/tornado-parameters.js';
import { METRIC_NAMES } from '../model/metric-names.js';
import { createParallelRunner } from '../parallel-buffer-runner.js';
import type { Scenario } from '../scenario/scenario-schema.js';
import { checkWork, scenarioLoader, thresholdsOf, unwrap } from './analysis-inputs.js';
import { analysisSchemas, parseBody, ScenarioRefSchema } from './analysis-request.js';
import type { AppDeps } from './app-deps.js';
import { invalidInput, ProblemError } from './problem.js';
import { readJsonBody } from './read-json-body.js';

/** Kept here for callers that read the cap from this module. */
export { MAX_ANALYSIS_REPLICATION_MONTHS } from './analysis-inputs.js';

export function analysisRoutes(deps: AppDeps): Hono {
  const { config } = deps;
  const schemas = analysisSchemas(config);
  const loadScenario = scenarioLoader(deps);
  let busy = false;

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
    .get('/analysis/levers', async (c) => {
      // What the analysis forms offer for one scenario: its levers and the metrics the engine reports.
      const ref = parseBody(ScenarioRefSchema, { scenarioId: c.req.query('scenarioId') ?? '' });
      const scenario = await loadScenario(ref, { runs: 1, seed: '1' }, '');
      const selection = unwrap(selectTornadoParameters(scenario, { pct: 20 }));
      return c.json({
        scenarioId: ref.scenarioId,
        name: scenario.name,
        startMonth: scenario.startMonth,
        horizonMonths: scenario.horizonMonths,
        hasMoney: scenario.money !== undefined,
        levers: selection.parameters,
        skipped: selection.skipped,
        metrics: METRIC_NAMES.map((name) => ({ name, direction: directionOf(name) ?? null })),
      });
    })
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
      const costRuns = scenario.money ? 2 : 0;
      checkWork(
        2 + costRuns + Math.ceil(Math.max(0, steps)),
        b.runs,
        Math.min(b.month, scenario.horizonMonths),
      );
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
      // With a money group, the answer also says what it costs against the scenario as given.
      const answer = await exclusive(c.req.raw.signal, async (r) => {
        const found = unwrap(await goalSeek(spec, r));
        if (found.value === null) return found;
        const cost = unwrap(await answerCost({ ...spec, value: found.value }, r));
        return cost ? { ...found, cost } : found;
      });
      return c.json(answer);
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
