// Reads stress overlays for `--stress <file-or-name>` (a path, or a name in scenarios/stress/) and
// applies them to the raw scenario before --set, --months and validation, so --set still wins.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type FieldProblem, fail, ok, type Result } from '../scenario/field-problem.js';
import type { Scenario } from '../scenario/scenario-schema.js';
import { applyStressOverlay, parseStressOverlay, type StressOverlay } from '../scenario/stress-overlay.js';
import {
  prepareScenarioInput,
  readScenarioInput,
  SCENARIOS_DIR,
  type ScenarioArgs,
} from './load-scenario.js';

export const STRESS_DIR = resolve(SCENARIOS_DIR, 'stress');

export interface LoadedStress {
  /** The file the overlay came from, as errors and the CLI name it. */
  file: string;
  overlay: StressOverlay;
}

export function resolveStressPath(arg: string): string | undefined {
  if (existsSync(arg)) return arg;
  const shipped = resolve(STRESS_DIR, `${arg.replace(/\.json$/, '')}.json`);
  return existsSync(shipped) ? shipped : undefined;
}

export function loadStressOverlay(arg: string): Result<LoadedStress> {
  const file = resolveStressPath(arg);
  if (!file)
    return fail([
      { path: '', message: `no stress overlay file "${arg}" (and none of that name in scenarios/stress)` },
    ]);
  let input: unknown;
  try {
    input = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return fail([
      { path: '', message: `stress overlay ${file} is not valid JSON: ${(error as Error).message}` },
    ]);
  }
  const parsed = parseStressOverlay(input, file);
  return parsed.ok ? ok({ file, overlay: parsed.value }) : parsed;
}

/** Reads the scenario, applies each overlay in order, then --set / --months, and validates. */
export function loadStressedScenario(
  scenarioArg: string,
  stressArgs: readonly string[],
  args: ScenarioArgs,
): Result<{ scenario: Scenario; stress: LoadedStress[] }> {
  const input = readScenarioInput(scenarioArg);
  if (!input.ok) return input;
  const problems: FieldProblem[] = [];
  const stress: LoadedStress[] = [];
  let value = input.value;
  for (const arg of stressArgs) {
    const loaded = loadStressOverlay(arg);
    if (!loaded.ok) {
      problems.push(...loaded.error);
      continue;
    }
    const applied = applyStressOverlay(value, loaded.value.overlay, loaded.value.file);
    if (!applied.ok) problems.push(...applied.error);
    else value = applied.value;
    stress.push(loaded.value);
  }
  if (problems.length > 0) return fail(problems);
  const scenario = prepareScenarioInput(value, args);
  return scenario.ok ? ok({ scenario: scenario.value, stress }) : scenario;
}
