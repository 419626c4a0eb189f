// Reads a scenario for the CLI: a file path or the name of a shipped scenario, with --set
// overrides and --months applied before validation.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Override, parseOverride, setOverrides } from '../scenario/apply-overrides.js';
import { type FieldProblem, fail, type Result } from '../scenario/field-problem.js';
import { parseScenario } from '../scenario/parse-scenario.js';
import type { Scenario } from '../scenario/scenario-schema.js';

export const SCENARIOS_DIR = resolve(import.meta.dirname, '../../scenarios');

export function resolveScenarioPath(arg: string): string | undefined {
  if (existsSync(arg)) return arg;
  const shipped = resolve(SCENARIOS_DIR, `${arg.replace(/\.json$/, '')}.json`);
  return existsSync(shipped) ? shipped : undefined;
}

export function readScenarioInput(arg: string): Result<unknown> {
  const path = resolveScenarioPath(arg);
  if (!path)
    return fail([{ path: '', message: `no scenario file "${arg}" (and no shipped scenario of that name)` }]);
  try {
    return { ok: true, value: JSON.parse(readFileSync(path, 'utf8')) };
  } catch (error) {
    return fail([{ path: '', message: `${path} is not valid JSON: ${(error as Error).message}` }]);
  }
}

export interface ScenarioArgs {
  set?: string[] | undefined;
  months?: number | undefined;
}

/** Applies --set and --months to raw input and validates it. */
export function prepareScenarioInput(input: unknown, args: ScenarioArgs): Result<Scenario> {
  const overrides: Override[] = [];
  const problems: FieldProblem[] = [];
  for (const text of args.set ?? []) {
    const parsed = parseOverride(text);
    if (parsed.ok) overrides.push(parsed.value);
    else problems.push(...parsed.error);
  }
  if (args.months !== undefined) overrides.push({ path: 'horizonMonths', value: args.months });
  const applied = setOverrides(input, overrides);
  problems.push(...applied.problems);
  const parsed = parseScenario(applied.value);
  if (!parsed.ok) problems.push(...parsed.error);
  return problems.length > 0 ? fail(problems) : parsed;
}

export function loadScenario(arg: string, args: ScenarioArgs): Result<Scenario> {
  const input = readScenarioInput(arg);
  return input.ok ? prepareScenarioInput(input.value, args) : input;
}

export function formatProblems(problems: readonly FieldProblem[]): string {
  return problems.map((p) => `  ${p.path || '(scenario)'}: ${p.message}`).join('\n');
}
