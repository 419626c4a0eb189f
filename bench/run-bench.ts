// `npm run bench`: times the Hull baseline on all cores and prints replication-months per second
// and peak memory. Usage: npm run bench [-- <scenario> [--quick]]
import { availableParallelism, cpus, totalmem } from 'node:os';
import { loadScenario } from '../src/cli/load-scenario.js';
import { runSimulation } from '../src/run-simulation.js';
import { createWorkerPool } from '../src/workers/worker-pool.js';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--')) ?? 'hull-baseline';
const cases = args.includes('--quick')
  ? [{ runs: 1000, months: 60 }]
  : [
      { runs: 1000, months: 60 },
      { runs: 10_000, months: 120 },
    ];

const threads = availableParallelism();
const pool = createWorkerPool(threads);
const rows: string[][] = [];

for (const { runs, months } of cases) {
  const loaded = loadScenario(file, { months });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.error));
  // Warm-up run so worker start-up and JIT are not counted (the server keeps a warm pool too).
  await runSimulation(loaded.value, { seed: 'warm-up', runs: Math.min(runs, 500), pool });
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    await runSimulation(loaded.value, { seed: `bench-${i}`, runs, pool });
    times.push((performance.now() - started) / 1000);
  }
  times.sort((a, b) => a - b);
  const median = times[1]!;
  rows.push([
    `${runs.toLocaleString('en-GB')} x ${months}`,
    `${median.toFixed(3)} s`,
    `${times[0]!.toFixed(3)}-${times[2]!.toFixed(3)} s`,
    `${((runs * months) / median / 1e6).toFixed(2)} M/s`,
  ]);
}
await pool.close();

const coldStart = performance.now();
const loaded = loadScenario(file, { months: 60 });
if (!loaded.ok) throw new Error('scenario invalid');
await runSimulation(loaded.value, { seed: 'cold', runs: 1000, threads });
const cold = (performance.now() - coldStart) / 1000;

const peakMiB = process.resourceUsage().maxRSS / 1024;
console.log(
  `Scenario ${file}; ${threads} threads; ${cpus()[0]?.model ?? 'unknown CPU'}; ${(totalmem() / 2 ** 30).toFixed(0)} GiB; Node ${process.version}`,
);
console.log('| runs x months | median wall (3 runs, warm pool) | range | replication-months/s |');
console.log('|---|---|---|---|');
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
console.log(`\n1,000 x 60 with a cold pool (worker start-up included): ${cold.toFixed(3)} s`);
console.log(`Peak resident memory of the process (all threads): ${peakMiB.toFixed(0)} MiB`);
