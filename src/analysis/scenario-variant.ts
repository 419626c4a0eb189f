/**
 * Variants of a parsed scenario with one parameter set to a plain number, re-validated by the
 * scenario schema, for the analyses that move one lever at a time (tornado, goal seek).
 */
import { setOverrides } from '../scenario/apply-overrides.js';
import { fail, ok, type Result } from '../scenario/field-problem.js';
import { parseScenario } from '../scenario/parse-scenario.js';
import type { Scenario } from '../scenario/scenario-schema.js';

/** The value at a dotted path (array entries by index), or undefined when there is none. */
export function valueAt(scenario: Scenario, path: string): unknown {
  let node: unknown = scenario;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** The scenario with `path` set to `value`, or the schema's problems with that value. */
export function withParameter(scenario: Scenario, path: string, value: number): Result<Scenario> {
  if (valueAt(scenario, path) === undefined) {
    return fail([{ path, message: 'does not exist in the scenario' }]);
  }
  const { value: input, problems } = setOverrides(scenario, [{ path, value }]);
  if (problems.length > 0) return fail(problems);
  return parseScenario(input);
}

/**
 * Like withParameter, but when the schema rejects the value it tries the nearest whole number and
 * then the value clamped to [0, 1] (a probability or share pushed past 1 by +x%), returning the
 * value actually used.
 */
export function withParameterNear(
  scenario: Scenario,
  path: string,
  value: number,
): Result<{ scenario: Scenario; value: number }> {
  const candidates = [value, Math.round(value), Math.min(1, Math.max(0, value))];
  let first: Result<Scenario> | undefined;
  for (const candidate of candidates) {
    const variant = withParameter(scenario, path, candidate);
    if (variant.ok) return ok({ scenario: variant.value, value: candidate });
    first ??= variant;
  }
  return first!.ok ? fail([]) : fail(first!.error);
}
