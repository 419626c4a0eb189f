// Times the decision analyses on the Hull baseline (not a test): a tornado of 10 parameters x 2
// levels and a goal seek of at most 8 steps, each at 1,000 replications x 60 months on a warm
// worker pool. Usage: npx tsx bench/analysis-bench.ts [scenario] [--threads T]
import { availableParallelism, cpus } from 'node:os';
import { goalSeek } from '../src/analysis/goal-seek.js';
import { runTornado } from '../src/analysis/tornado.js';
import { loadScenario } from '../src/cli/load-scenario.js';
import { findUncertainParameters } from '../src/model/resolve-parameters.js';
import { createParallelRunner } from '../src/parallel-buffer-runner.js';
import { createWorkerPool } from '../src/workers/worker-pool.js';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--')) ?? 'hull-baseline';
const threadsAt = args.indexOf('--threads');
const threads = threadsAt >= 0 ? Number(args[threadsAt + 1]) : availableParallelism();
const loaded = loadScenario(file, { months: 60 });
if (!loaded.ok) throw new Error(JSON.stringify(loaded.error));
const scenario = loaded.value;
const runs = 1000;

const pool = createWorkerPool(threads);
const run = createParallelRunner(pool);
await run({ scenario, seed: 'warm-up', runs: 500 });

// The first 10 uncertain parameters that are not money (money cannot move agency_rate).
const parameters = findUncertainParameters(scenario)
  .map((p) => p.path)
  .filter((path) => !path.startsWith('money.'))
  .slice(0, 10);
let started = performance.now();
const tornado = await runTornado(
  { scenario, outcome: { metric: 'agency_rate', month: 60 }, seed: 'bench', runs, parameters },
  run,
);
const tornadoSeconds = (performance.now() - started) / 1000;
if (!tornado.ok) throw new Error(JSON.stringify(tornado.error));

started = performance.now();
const seek = await goalSeek(
  {
    scenario,
    lever: 'recruitment.nqIntakes.0.places',
    range: [0, 64],
    integer: true,
    metric: 'agency_rate',
    op: '<=',
    target: 0.12,
    month: 60,
    confidence: 0.5,
    seed: 'bench',
    runs,
  },
  run,
);
const seekSeconds = (performance.now() - started) / 1000;
if (!seek.ok) throw new Error(JSON.stringify(seek.error));
await pool.close();

console.log(
  `Scenario ${file}; ${threads} threads; ${cpus()[0]?.model ?? 'unknown CPU'}; Node ${process.version}`,
);
console.log('| analysis | simulations (1,000 x 60) | wall | per simulation |');
console.log('|---|---|---|---|');
const sims = 1 + 2 * tornado.value.bars.length;
console.log(
  `| tornado, ${tornado.value.bars.length} parameters x 2 levels, agency_rate at month 60 | ${sims} | ${tornadoSeconds.toFixed(2)} s | ${(tornadoSeconds / sims).toFixed(2)} s |`,
);
const steps = seek.value.trace.length;
console.log(
  `| goal seek, recruitment.nqIntakes.0.places in 0:64 (${seek.value.status}: ${seek.value.value}) | ${steps} | ${seekSeconds.toFixed(2)} s | ${(seekSeconds / steps).toFixed(2)} s |`,
);
