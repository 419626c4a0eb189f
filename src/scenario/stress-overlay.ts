/**
 * Stress tests as overlays (MODEL.md sections 1 and 7): a named list of operations on dotted paths
 * (set, add, multiply, append) applied to raw scenario input before it is parsed, so a finance
 * officer can stress any scenario without editing it. A `*` path segment stands for every element
 * of an array (or every key of an object); a wildcard over a missing container matches nothing.
 * `add` and `multiply` work on numbers and on distributions: add shifts a fixed, uniform,
 * triangular or normal distribution; multiply scales any of those or a lognormal. In the value
 * of set and append, a string "$startMonth" or "$startMonth+N" becomes the scenario's start month
 * (plus N months), so a dated change such as a demand shock can be written once for any scenario.
 */
import { z } from 'zod';
import { addMonths } from '../model/month-index.js';
import { dottedPath, type FieldProblem, fail, ok, type Result } from './field-problem.js';

const PathSchema = z.string().min(1).max(300);
const finite = () => z.number().refine(Number.isFinite, 'must be a finite number');

export const StressOperationSchema = z.discriminatedUnion('op', [
  z.strictObject({
    op: z.literal('set'),
    path: PathSchema,
    value: z.unknown().refine((v) => v !== undefined, 'is required'),
  }),
  z.strictObject({
    op: z.literal('add'),
    path: PathSchema,
    value: finite(),
    /** Start from this number when the field is absent (else an absent field is an error). */
    ifMissing: finite().optional(),
  }),
  z.strictObject({
    op: z.literal('multiply'),
    path: PathSchema,
    value: finite(),
    ifMissing: finite().optional(),
  }),
  z.strictObject({
    op: z.literal('append'),
    path: PathSchema,
    value: z.unknown().refine((v) => v !== undefined, 'is required'),
  }),
]);
export type StressOperation = z.infer<typeof StressOperationSchema>;

export const StressOverlaySchema = z.strictObject({
  name: z.string().trim().min(1).max(120),
  description: z.string().max(4000).default(''),
  operations: z.array(StressOperationSchema).min(1).max(200),
});
export type StressOverlay = z.infer<typeof StressOverlaySchema>;

/** Validates an overlay (already JSON-decoded); problems are prefixed with `label` (its file). */
export function parseStressOverlay(input: unknown, label: string): Result<StressOverlay> {
  const parsed = StressOverlaySchema.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  return fail(
    parsed.error.issues.map((issue) => ({
      path: dottedPath(issue.path),
      message: `in stress overlay ${label}: ${issue.message}`,
    })),
  );
}

type Node = Record<string, unknown> | unknown[];
const FORBIDDEN = new Set(['__proto__', 'prototype', 'constructor']);
const isContainer = (v: unknown): v is Node => v !== null && typeof v === 'object';

interface Target {
  parent: Node;
  key: string;
  path: string;
}

/** Every (parent, key) the path names; a missing parent on a plain segment is a problem. */
function resolveTargets(root: unknown, path: string): Result<Target[], string> {
  const keys = path.split('.');
  if (keys.some((k) => k === '' || FORBIDDEN.has(k)) || keys.at(-1) === '*')
    return fail('is not a valid dotted path (the last segment must name a field or index)');
  let frontier: { node: unknown; path: string }[] = [{ node: root, path: '' }];
  for (let i = 0; i < keys.length - 1; i++) {
    const key = keys[i]!;
    const next: { node: unknown; path: string }[] = [];
    for (const { node, path: at } of frontier) {
      const join = (k: string) => (at ? `${at}.${k}` : k);
      if (key === '*') {
        if (!isContainer(node)) continue;
        for (const k of Object.keys(node))
          next.push({ node: (node as Record<string, unknown>)[k], path: join(k) });
        continue;
      }
      const child = isContainer(node) ? (node as Record<string, unknown>)[key] : undefined;
      if (!isContainer(child)) {
        // Under or just before a wildcard, a missing container has nothing to match.
        if (child === undefined && (keys[i + 1] === '*' || keys.slice(0, i).includes('*'))) continue;
        return fail(`does not exist in the scenario (${join(key)} is missing or not an object)`);
      }
      next.push({ node: child, path: join(key) });
    }
    frontier = next;
  }
  const last = keys.at(-1)!;
  return ok(
    frontier
      .filter((f) => isContainer(f.node))
      .map((f) => ({ parent: f.node as Node, key: last, path: f.path ? `${f.path}.${last}` : last })),
  );
}

type Dist = Record<string, unknown> & { dist: string };
const isDistribution = (v: unknown): v is Dist =>
  isContainer(v) && !Array.isArray(v) && typeof (v as { dist?: unknown }).dist === 'string';

const SHIFTED: Record<string, string[]> = {
  fixed: ['value'],
  uniform: ['min', 'max'],
  triangular: ['min', 'mode', 'max'],
  normal: ['mean', 'min', 'max'],
};
const SCALED: Record<string, string[]> = {
  fixed: ['value'],
  uniform: ['min', 'max'],
  triangular: ['min', 'mode', 'max'],
  normal: ['mean', 'sd', 'min', 'max'],
  lognormal: ['median'],
};

function applyArithmetic(current: unknown, op: 'add' | 'multiply', x: number): Result<unknown, string> {
  if (typeof current === 'number') return ok(op === 'add' ? current + x : current * x);
  if (!isDistribution(current)) return fail('is not a number or a distribution');
  const fields = (op === 'add' ? SHIFTED : SCALED)[current.dist];
  if (!fields) return fail(`cannot ${op} a ${current.dist} distribution; use set`);
  if (op === 'multiply' && x < 0)
    return fail('a distribution can only be multiplied by a non-negative number');
  const copy: Dist = { ...current };
  for (const f of fields) {
    const v = copy[f];
    if (typeof v === 'number') copy[f] = op === 'add' ? v + x : v * x;
  }
  return ok(copy);
}

const START_TOKEN = /^\$startMonth(?:\+(\d{1,3}))?$/;

/** A deep copy of `value` with "$startMonth[+N]" strings replaced by calendar months. */
function substitute(value: unknown, startMonth: unknown): Result<unknown, string> {
  if (typeof value === 'string') {
    const match = START_TOKEN.exec(value);
    if (!match) return ok(value);
    if (typeof startMonth !== 'string' || !/^\d{4}-\d{2}$/.test(startMonth))
      return fail('uses $startMonth but the scenario has no valid startMonth');
    return ok(addMonths(startMonth, Number(match[1] ?? 0)));
  }
  if (!isContainer(value)) return ok(value);
  const copy: Record<string, unknown> | unknown[] = Array.isArray(value) ? [] : {};
  for (const [k, v] of Object.entries(value)) {
    const inner = substitute(v, startMonth);
    if (!inner.ok) return inner;
    (copy as Record<string, unknown>)[k] = inner.value;
  }
  return ok(copy);
}

function applyOperation(root: unknown, operation: StressOperation): Result<number, string> {
  const targets = resolveTargets(root, operation.path);
  if (!targets.ok) return targets;
  let value: unknown;
  if (operation.op === 'set' || operation.op === 'append') {
    const startMonth = isContainer(root) ? (root as Record<string, unknown>).startMonth : undefined;
    const substituted = substitute(operation.value, startMonth);
    if (!substituted.ok) return substituted;
    value = substituted.value;
  }
  for (const { parent, key } of targets.value) {
    const record = parent as Record<string, unknown>;
    if (Array.isArray(parent) && !/^\d+$/.test(key)) return fail(`${key} is not an array index`);
    const current = record[key];
    switch (operation.op) {
      case 'set':
        record[key] = structuredClone(value);
        break;
      case 'append':
        if (current === undefined) record[key] = [structuredClone(value)];
        else if (Array.isArray(current)) current.push(structuredClone(value));
        else return fail('is not an array');
        break;
      case 'add':
      case 'multiply': {
        const start = current === undefined ? operation.ifMissing : current;
        if (start === undefined)
          return fail('does not exist in the scenario (give ifMissing to start from a number)');
        const next = applyArithmetic(start, operation.op, operation.value);
        if (!next.ok) return next;
        record[key] = next.value;
        break;
      }
    }
  }
  return ok(targets.value.length);
}

/**
 * Returns a copy of raw scenario input with the overlay's operations applied in order (the input
 * is not modified). Every failed operation is reported with its path and the overlay's `label`.
 */
export function applyStressOverlay(input: unknown, overlay: StressOverlay, label: string): Result<unknown> {
  const copy: unknown = structuredClone(input);
  const problems: FieldProblem[] = [];
  overlay.operations.forEach((operation, i) => {
    const applied = applyOperation(copy, operation);
    if (!applied.ok)
      problems.push({
        path: operation.path,
        message: `${applied.error} (stress overlay ${label}, operation ${i + 1}: ${operation.op})`,
      });
  });
  return problems.length > 0 ? fail(problems) : ok(copy);
}
