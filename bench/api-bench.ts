// Times POST /api/runs -> result available over real HTTP with a warm worker pool: 1,000 runs x 60
// months of scenarios/hull-baseline.json (or tests/fixtures/small.json when it is missing).
// Usage: npx tsx bench/api-bench.ts [repeats]
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../src/api/start-server.js';
import { loadConfig } from '../src/config.js';

const repeats = Number(process.argv[2] ?? 9);
const hull = existsSync('scenarios/hull-baseline.json');
const source = hull
  ? { scenarioId: 'hull-baseline' }
  : { scenario: JSON.parse(readFileSync('tests/fixtures/small.json', 'utf8')) as unknown };
const dir = mkdtempSync(join(tmpdir(), 'caseforce-bench-'));
const config = loadConfig({ PORT: '0', DATABASE_FILE: join(dir, 'bench.sqlite') });
if (!config.ok) throw new Error(config.error.join('\n'));
const server = await startServer(config.value, () => {});

/** Submits a run and waits for its final status event, then downloads the result. */
async function timeRun(seed: string): Promise<{ totalMs: number; postMs: number; bytes: number }> {
  const t0 = performance.now();
  const post = await fetch(`${server.url}api/runs`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...source, runs: 1000, months: 60, seed }),
  });
  const postMs = performance.now() - t0;
  if (post.status !== 202) throw new Error(`POST answered ${post.status}: ${await post.text()}`);
  const { id } = (await post.json()) as { id: string };
  const events = await (await fetch(`${server.url}api/runs/${id}/events`)).text();
  if (!events.includes('"status":"done"')) throw new Error(`run ${id} did not finish: ${events}`);
  const result = await fetch(`${server.url}api/runs/${id}/result`);
  const bytes = (await result.arrayBuffer()).byteLength;
  return { totalMs: performance.now() - t0, postMs, bytes };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

try {
  for (let i = 0; i < 2; i++) await timeRun(`warm-${i}`);
  const times: number[] = [];
  const posts: number[] = [];
  let bytes = 0;
  for (let i = 0; i < repeats; i++) {
    const r = await timeRun(`bench-${i}-${Date.now()}`);
    times.push(r.totalMs);
    posts.push(r.postMs);
    bytes = r.bytes;
  }
  const fmt = (ms: number) => `${(ms / 1000).toFixed(3)} s`;
  console.log(
    `scenario: ${hull ? 'scenarios/hull-baseline.json' : 'tests/fixtures/small.json'}, 1000 runs x 60 months`,
  );
  console.log(`threads: ${config.value.workerThreads}, repeats: ${repeats} (after 2 warm-up runs)`);
  console.log(
    `POST -> result downloaded: median ${fmt(median(times))}, min ${fmt(Math.min(...times))}, max ${fmt(Math.max(...times))}`,
  );
  console.log(
    `POST answered (202) in: median ${fmt(median(posts))}; result JSON ${(bytes / 1024).toFixed(0)} KiB`,
  );
  console.log(`target <= 0.5 s: ${median(times) <= 500 ? 'met' : 'NOT met'}`);
} finally {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
