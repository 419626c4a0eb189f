// Options and plumbing shared by the decision-analysis commands (compare, thresholds, tornado,
// goal-seek, routes): run size, seed, threads, the worker pool, number parsing, JSON output.
import { type BufferRunner, inProcessRunner } from '../analysis/buffer-runner.js';
import { parseThreshold } from '../analysis/threshold-report.js';
import { createParallelRunner } from '../parallel-buffer-runner.js';
import { defaultThreads } from '../run-simulation.js';
import type { Threshold } from '../scenario/scenario-schema.js';
import { createWorkerPool } from '../workers/worker-pool.js';
import { positiveInt, UsageError } from './simulate-command.js';
import { writeFileAtomic } from './write-atomic.js';

export const ANALYSIS_OPTIONS = {
  runs: { type: 'string' },
  seed: { type: 'string' },
  months: { type: 'string' },
  threads: { type: 'string' },
  set: { type: 'string', multiple: true },
  out: { type: 'string' },
} as const;

export interface RunSize {
  runs: number;
  seed: string;
  threads: number;
  months: number | undefined;
}

export function runSize(values: {
  runs?: string;
  seed?: string;
  threads?: string;
  months?: string;
}): RunSize {
  return {
    runs: positiveInt('runs', values.runs, 1000, 100_000),
    seed: values.seed ?? '1',
    threads: positiveInt('threads', values.threads, defaultThreads(), 64),
    months: values.months === undefined ? undefined : positiveInt('months', values.months, 0, 120),
  };
}

/** Runs `fn` with a runner on `threads` worker threads (in-process for 1), closing the pool after. */
export async function withRunner<T>(threads: number, fn: (run: BufferRunner) => Promise<T>): Promise<T> {
  if (threads <= 1) return fn(inProcessRunner);
  const pool = createWorkerPool(threads);
  try {
    return await fn(createParallelRunner(pool));
  } finally {
    await pool.close();
  }
}

export function numberOption(name: string, text: string | undefined, fallback?: number): number {
  if (text === undefined) {
    if (fallback === undefined) throw new UsageError(`--${name} is required`);
    return fallback;
  }
  const n = Number(text);
  if (text.trim() === '' || !Number.isFinite(n))
    throw new UsageError(`--${name} must be a number, got "${text}"`);
  return n;
}

export function confidenceOption(text: string | undefined): number {
  const c = numberOption('confidence', text, 0.8);
  if (!(c > 0 && c <= 1)) throw new UsageError('--confidence must be in (0, 1], e.g. 0.8');
  return c;
}

export function thresholdOptions(texts: readonly string[] | undefined): Threshold[] {
  return (texts ?? []).map((text) => {
    const parsed = parseThreshold(text);
    if (!parsed.ok) throw new UsageError(`--threshold ${parsed.error.map((p) => p.message).join('; ')}`);
    return parsed.value;
  });
}

/** Parses repeated `key=number` options (e.g. --cost step_up=8000) for the allowed keys. */
export function keyedNumbers(name: string, texts: readonly string[] | undefined, keys: readonly string[]) {
  const out: Record<string, number> = {};
  for (const text of texts ?? []) {
    const [key, value] = text.split('=');
    if (!key || !keys.includes(key) || value === undefined)
      throw new UsageError(`--${name} must look like <${keys.join('|')}>=<number>, got "${text}"`);
    out[key] = numberOption(name, value);
  }
  return out;
}

export function writeJson(path: string | undefined, value: unknown): void {
  if (path) writeFileAtomic(path, `${JSON.stringify(value, null, 2)}\n`);
}

export const seconds = (started: number): string => `${((performance.now() - started) / 1000).toFixed(2)} s`;
