/**
 * Which parameters a tornado varies and to what: a parameter given as a distribution goes to its
 * P10 and P90 (inverse CDF); a plain number goes to -x% and +x%. The default selection is every
 * uncertain parameter plus the named levers a council controls that the scenario sets.
 */

import { findUncertainParameters } from '../model/resolve-parameters.js';
import { quantile } from '../rng/distribution.js';
import { type FieldProblem, fail, ok, type Result } from '../scenario/field-problem.js';
import type { Scenario } from '../scenario/scenario-schema.js';
import { valueAt } from './scenario-variant.js';

/** Levers a council sets (dotted paths, * for every entry of an array). */
export const NAMED_LEVERS = [
  'recruitment.nqIntakes.*.places',
  'recruitment.nqIntakes.*.fillProbability',
  'pipelines.cohorts.*.size',
  'retentionOffers.*.hazardMultiplier',
  'campaigns.*.fillMultiplier',
  'agency.conversionHazardPerMonth',
  'agency.coverShare',
] as const;

export interface TornadoParameter {
  path: string;
  kind: 'distribution' | 'number';
  /** The value in the scenario: a number or a distribution. */
  base: unknown;
  low: number;
  high: number;
}

export interface TornadoSelection {
  parameters: TornadoParameter[];
  /** Default-selected levers left out, with the reason (e.g. a zero value has no +-x%). */
  skipped: FieldProblem[];
}

const isDistribution = (v: unknown): v is Parameters<typeof quantile>[0] =>
  v !== null && typeof v === 'object' && typeof (v as { dist?: unknown }).dist === 'string';

/** Expands '*' in a lever pattern to the indices of the arrays the scenario has there. */
export function expandPattern(scenario: Scenario, pattern: string): string[] {
  const star = pattern.indexOf('*');
  if (star < 0) return valueAt(scenario, pattern) === undefined ? [] : [pattern];
  const array = valueAt(scenario, pattern.slice(0, star - 1));
  if (!Array.isArray(array)) return [];
  return array.flatMap((_, i) =>
    expandPattern(scenario, `${pattern.slice(0, star)}${i}${pattern.slice(star + 1)}`),
  );
}

/** Low and high for one parameter, or a problem when it is not numeric. */
export function tornadoParameter(scenario: Scenario, path: string, pct: number): Result<TornadoParameter> {
  const base = valueAt(scenario, path);
  if (isDistribution(base)) {
    return ok({ path, kind: 'distribution', base, low: quantile(base, 0.1), high: quantile(base, 0.9) });
  }
  if (typeof base === 'number') {
    return ok({ path, kind: 'number', base, low: base * (1 - pct / 100), high: base * (1 + pct / 100) });
  }
  return fail([
    { path, message: base === undefined ? 'does not exist in the scenario' : 'is not a numeric parameter' },
  ]);
}

/**
 * The parameters to vary: `paths` when given (each must exist and be numeric), otherwise the
 * scenario's uncertain parameters followed by the named levers it sets to a non-zero number.
 */
export function selectTornadoParameters(
  scenario: Scenario,
  options: { paths?: readonly string[]; pct: number },
): Result<TornadoSelection> {
  if (!(options.pct > 0 && options.pct < 100))
    return fail([{ path: 'pct', message: 'must be between 0 and 100' }]);
  if (options.paths && options.paths.length > 0) {
    const parameters: TornadoParameter[] = [];
    const problems: FieldProblem[] = [];
    for (const path of options.paths) {
      const p = tornadoParameter(scenario, path, options.pct);
      if (p.ok) parameters.push(p.value);
      else problems.push(...p.error);
    }
    return problems.length > 0 ? fail(problems) : ok({ parameters, skipped: [] });
  }
  const parameters: TornadoParameter[] = findUncertainParameters(scenario).map(
    ({ path, distribution }) =>
      ({
        path,
        kind: 'distribution',
        base: distribution,
        low: quantile(distribution, 0.1),
        high: quantile(distribution, 0.9),
      }) satisfies TornadoParameter,
  );
  const seen = new Set(parameters.map((p) => p.path));
  const skipped: FieldProblem[] = [];
  for (const path of NAMED_LEVERS.flatMap((pattern) => expandPattern(scenario, pattern))) {
    if (seen.has(path)) continue;
    const p = tornadoParameter(scenario, path, options.pct);
    if (!p.ok) skipped.push(...p.error);
    else if (p.value.base === 0)
      skipped.push({ path, message: `is 0, so +-${options.pct}% does not move it` });
    else parameters.push(p.value);
  }
  return ok({ parameters, skipped });
}
