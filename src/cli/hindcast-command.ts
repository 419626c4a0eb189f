// `npm run hindcast -- --la <council> --from 2019 --to 2023 [--runs N] [--seed S] [--window-years W]
// [--threads T] [--json scores.json]` or `--all`: builds the census scenario at --from, simulates to
// --to on the worker pool and prints how the census figures fell against the simulated bands.
import { parseArgs } from 'node:util';
import { DEFAULT_WINDOW_YEARS } from '../data/census-scenario.js';
import { describeCouncil } from '../data/council-index.js';
import {
  HINDCAST_METRIC_TEXT,
  HINDCAST_METRICS,
  type HindcastMetric,
  type MetricSummary,
  planHindcast,
  type ScoredObservation,
  scoreHindcast,
  summariseScores,
} from '../data/hindcast.js';
import { shippedCensusData } from '../data/read-census-files.js';
import { createParallelRunner } from '../parallel-buffer-runner.js';
import { defaultThreads } from '../run-simulation.js';
import { createWorkerPool, type WorkerPool } from '../workers/worker-pool.js';
import { formatProblems } from './load-scenario.js';
import { positiveInt, UsageError } from './simulate-command.js';
import { writeFileAtomic } from './write-atomic.js';

export const HINDCAST_USAGE = `Usage:
  npm run hindcast -- --la <code | LA number | name> --from 2019 --to 2023 [options]
  npm run hindcast -- --all --from 2019 --to 2023 [options]
Options: --runs N (default 1000)  --seed S (default 1)  --window-years W (census years to --from
         used for the rates, default ${DEFAULT_WINDOW_YEARS})  --threads T  --json scores.json
         --demand (simulate referrals and CIN/CP/CLA from the children in need tables; starts 2021+)
`;

const OPTIONS = {
  la: { type: 'string' },
  all: { type: 'boolean' },
  from: { type: 'string' },
  to: { type: 'string' },
  runs: { type: 'string' },
  seed: { type: 'string' },
  'window-years': { type: 'string' },
  threads: { type: 'string' },
  json: { type: 'string' },
  demand: { type: 'boolean' },
} as const;

const year = (name: string, text: string | undefined): number => {
  const n = Number(text);
  if (text === undefined || !Number.isInteger(n) || n < 2000 || n > 2100)
    throw new UsageError(`--${name} must be a census year such as 2019`);
  return n;
};

const isRate = (m: HindcastMetric) => HINDCAST_METRIC_TEXT[m].unit === 'rate';
/** A value in the metric's display unit: rates in %, others as they are. */
const show = (m: HindcastMetric, x: number) => (isRate(m) ? `${(x * 100).toFixed(1)}%` : x.toFixed(1));
/** An error in the metric's display unit: rates in percentage points. */
const showError = (m: HindcastMetric, x: number) =>
  isRate(m) ? `${(x * 100).toFixed(1)} pp` : `${x.toFixed(1)}`;

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}

export function observationTable(scored: readonly ScoredObservation[]): string {
  return table(
    ['metric', 'year', 'observed', 'P10', 'P50', 'P90', '|P50 - obs|', 'in band'],
    scored.map((s) => [
      s.metric,
      String(s.year),
      show(s.metric, s.observed),
      show(s.metric, s.p10),
      show(s.metric, s.p50),
      show(s.metric, s.p90),
      showError(s.metric, s.absError),
      s.inBand ? 'yes' : 'no',
    ]),
  );
}

export function summaryTable(summaries: readonly MetricSummary[]): string {
  return table(
    [
      'metric',
      'observations',
      'in P10-P90',
      'coverage',
      'median |P50 - obs|',
      'mean |P50 - obs|',
      'no change: median |start - obs|',
    ],
    summaries.map((s) => [
      s.metric,
      String(s.observations),
      String(s.inBand),
      `${(s.coverage * 100).toFixed(0)}%`,
      showError(s.metric, s.medianAbsError),
      showError(s.metric, s.meanAbsError),
      Number.isNaN(s.medianNoChangeError) ? '-' : showError(s.metric, s.medianNoChangeError),
    ]),
  );
}

function leadTable(scored: readonly ScoredObservation[]): string {
  const leads = [...new Set(scored.map((s) => s.lead))].sort((a, b) => a - b);
  return table(
    ['coverage by lead', ...leads.map((l) => `${l} yr`)],
    HINDCAST_METRICS.map((m) => [
      m,
      ...leads.map((l) => {
        const rows = scored.filter((s) => s.metric === m && s.lead === l);
        return rows.length === 0
          ? '-'
          : `${((rows.filter((r) => r.inBand).length / rows.length) * 100).toFixed(0)}%`;
      }),
    ]),
  );
}

const definitions = () =>
  HINDCAST_METRICS.map(
    (m) => `  ${m}: census ${HINDCAST_METRIC_TEXT[m].census}; simulated ${HINDCAST_METRIC_TEXT[m].model}`,
  ).join('\n');

export async function hindcastCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: false });
  const from = year('from', values.from);
  const to = year('to', values.to);
  const runs = positiveInt('runs', values.runs, 1000, 100_000);
  const windowYears = positiveInt('window-years', values['window-years'], DEFAULT_WINDOW_YEARS, 9);
  const threads = positiveInt('threads', values.threads, defaultThreads(), 64);
  const seed = values.seed ?? '1';
  if (!values.all && !values.la) throw new UsageError('give --la <council> or --all');
  const data = shippedCensusData();
  const pool = createWorkerPool(threads);
  const started = performance.now();
  try {
    if (!values.all) {
      const plan = planHindcast(data, values.la!, from, to, { windowYears, demand: values.demand });
      if (!plan.ok) {
        process.stderr.write(`No hindcast:\n${formatProblems(plan.error)}\n`);
        return 1;
      }
      const { built, observations } = plan.value;
      const buffer = await createParallelRunner(pool)({ scenario: built.scenario, seed, runs });
      const scored = scoreHindcast(buffer, observations, built.start.cases);
      const seconds = (performance.now() - started) / 1000;
      process.stdout.write(
        `Hindcast ${describeCouncil(built.council)}: start 30 Sep ${from} (rates from census years ${built.window.years.join(', ')}${built.scenario.demand ? '; demand from the children in need tables' : ''}), ` +
          `${runs} runs to 30 Sep ${to}, seed ${seed} (${seconds.toFixed(1)} s)\n` +
          (built.warnings.length > 0
            ? `Data caveats:\n${built.warnings.map((w) => `  - ${w}`).join('\n')}\n`
            : '') +
          `\n${observationTable(scored)}\n\n${summaryTable(summariseScores(scored))}\n\n${definitions()}\n`,
      );
      if (values.json)
        writeFileAtomic(values.json, `${JSON.stringify({ council: built.council, scored }, null, 2)}\n`);
      return 0;
    }
    return await hindcastAll(data, pool, {
      from,
      to,
      runs,
      seed,
      windowYears,
      demand: values.demand === true,
      json: values.json,
      started,
    });
  } finally {
    await pool.close();
  }
}

interface AllOptions {
  from: number;
  to: number;
  runs: number;
  seed: string;
  windowYears: number;
  demand: boolean;
  json: string | undefined;
  started: number;
}

async function hindcastAll(
  data: ReturnType<typeof shippedCensusData>,
  pool: WorkerPool,
  o: AllOptions,
): Promise<number> {
  const skipped: { council: string; reason: string }[] = [];
  const plans = data.index.councils.flatMap((council) => {
    const plan = planHindcast(data, council.laNumber, o.from, o.to, {
      windowYears: o.windowYears,
      demand: o.demand,
    });
    if (plan.ok) return [plan.value];
    skipped.push({ council: describeCouncil(council), reason: plan.error.map((p) => p.message).join('; ') });
    return [];
  });
  const results: { council: string; code: string; scored: ScoredObservation[] }[] = [];
  let next = 0;
  let done = 0;
  // Two councils in flight keep the workers busy while the main thread scores the last one.
  const worker = async () => {
    while (next < plans.length) {
      const plan = plans[next++]!;
      const buffer = await createParallelRunner(pool)({
        scenario: plan.built.scenario,
        seed: o.seed,
        runs: o.runs,
      });
      results.push({
        council: plan.built.council.name,
        code: plan.built.council.code,
        scored: scoreHindcast(buffer, plan.observations, plan.built.start.cases),
      });
      done++;
      if (process.stderr.isTTY) process.stderr.write(`\r${done}/${plans.length} councils`);
    }
  };
  await Promise.all([worker(), worker()]);
  if (process.stderr.isTTY) process.stderr.write('\n');
  const seconds = (performance.now() - o.started) / 1000;
  results.sort((a, b) => a.code.localeCompare(b.code));
  const all = results.flatMap((r) => r.scored);
  process.stdout.write(
    `Hindcast of every council with usable data: start 30 Sep ${o.from} (rates from up to ${o.windowYears} census years to ${o.from}${o.demand ? ', demand from the children in need tables' : ''}), ` +
      `${o.runs} runs to 30 Sep ${o.to}, seed ${o.seed}: ${plans.length} councils, ${all.length} observations, ` +
      `${skipped.length} councils skipped (${seconds.toFixed(0)} s on ${pool.size} worker threads)\n\n` +
      `${summaryTable(summariseScores(all))}\n\n${leadTable(all)}\n\n${definitions()}\n` +
      (skipped.length > 0
        ? `\nSkipped:\n${skipped.map((s) => `  ${s.reason.startsWith(s.council) ? '' : `${s.council}: `}${s.reason}`).join('\n')}\n`
        : ''),
  );
  if (o.json) writeFileAtomic(o.json, `${JSON.stringify({ ...o, skipped, results }, null, 2)}\n`);
  return 0;
}
