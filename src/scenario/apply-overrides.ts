/** `--set dotted.path=<json>` overrides, applied to raw scenario input before it is parsed. */
import { type FieldProblem, fail, ok, type Result } from './field-problem.js';

export interface Override {
  path: string;
  value: unknown;
}

/** Parses `a.b.0.c=<json>`; a value that is not JSON is taken as a string. */
export function parseOverride(text: string): Result<Override> {
  const eq = text.indexOf('=');
  if (eq <= 0) return fail([{ path: text, message: 'an override must look like dotted.path=<json value>' }]);
  const path = text.slice(0, eq).trim();
  const raw = text.slice(eq + 1);
  try {
    return ok({ path, value: JSON.parse(raw) });
  } catch {
    return ok({ path, value: raw });
  }
}

const FORBIDDEN = new Set(['__proto__', 'prototype', 'constructor']);

/**
 * Returns a copy of `input` with each override set (the input is not modified), and a problem for
 * each override whose path does not exist; the valid overrides are applied either way.
 */
export function setOverrides(
  input: unknown,
  overrides: readonly Override[],
): { value: unknown; problems: FieldProblem[] } {
  const copy: unknown = structuredClone(input);
  const problems: FieldProblem[] = [];
  for (const { path, value } of overrides) {
    const keys = path.split('.');
    if (keys.some((k) => k === '' || FORBIDDEN.has(k))) {
      problems.push({ path, message: 'is not a valid dotted path' });
      continue;
    }
    let node: unknown = copy;
    for (let i = 0; i < keys.length - 1; i++) {
      const key = keys[i]!;
      const next: unknown =
        node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
      if (next === undefined || next === null || typeof next !== 'object') {
        node = undefined;
        break;
      }
      node = next;
    }
    if (node === undefined || node === null || typeof node !== 'object') {
      problems.push({ path, message: 'does not exist in the scenario (set a field whose parent exists)' });
      continue;
    }
    (node as Record<string, unknown>)[keys[keys.length - 1]!] = value;
  }
  return { value: copy, problems };
}

/** Like setOverrides, but any bad path fails the whole set. */
export function applyOverrides(input: unknown, overrides: readonly Override[]): Result<unknown> {
  const { value, problems } = setOverrides(input, overrides);
  return problems.length > 0 ? fail(problems) : ok(value);
}
