/**
 * Parameter uncertainty (MODEL.md section 2): every distribution in a scenario is replaced by one
 * value per replication, drawn by inverse CDF from a uniform named after the parameter's dotted
 * path, so two scenarios that share a parameter share its draw (common random numbers).
 */
import { type ParameterKey, parameterKey, parameterUniform } from '../rng/create-stream.js';
import { quantile } from '../rng/distribution.js';
import type { DistributionInput } from '../scenario/param-schema.js';
import type { Scenario } from '../scenario/scenario-schema.js';

/** The scenario with every parameter a plain number. */
export type Resolved<T> = T extends DistributionInput
  ? number
  : T extends number | string | boolean | null | undefined
    ? T
    : T extends readonly (infer U)[]
      ? Resolved<U>[]
      : { [K in keyof T]: Resolved<T[K]> };
export type ResolvedScenario = Resolved<Scenario>;

export interface UncertainParameter {
  path: string;
  distribution: DistributionInput;
}

const isDistribution = (v: unknown): v is DistributionInput =>
  v !== null &&
  typeof v === 'object' &&
  !Array.isArray(v) &&
  typeof (v as { dist?: unknown }).dist === 'string';

/** Every parameter given as a distribution, with its dotted path, in document order. */
export function findUncertainParameters(scenario: Scenario): UncertainParameter[] {
  const found: UncertainParameter[] = [];
  const walk = (node: unknown, path: string) => {
    if (isDistribution(node)) {
      found.push({ path, distribution: node });
    } else if (Array.isArray(node)) {
      for (const [i, child] of node.entries()) walk(child, path ? `${path}.${i}` : String(i));
    } else if (node !== null && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) {
        if (key !== 'sources') walk(child, path ? `${path}.${key}` : key);
      }
    }
  };
  walk(scenario, '');
  return found;
}

/** Sets `value` at a dotted path inside a plain JSON tree. */
function setAt(root: unknown, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = root as Record<string, unknown>;
  for (let i = 0; i < keys.length - 1; i++) node = node[keys[i]!] as Record<string, unknown>;
  node[keys[keys.length - 1]!] = value;
}

/**
 * Resolves a scenario for one replication. `uniformFor(path)` gives the uniform in (0,1) for a
 * parameter; with no uncertain parameters the scenario itself is returned (no copy).
 */
export function resolveScenario(
  scenario: Scenario,
  uncertain: readonly UncertainParameter[],
  uniformFor: (path: string) => number,
): ResolvedScenario {
  if (uncertain.length === 0) return scenario as unknown as ResolvedScenario;
  const copy = structuredClone(scenario);
  for (const { path, distribution } of uncertain) setAt(copy, path, quantile(distribution, uniformFor(path)));
  return copy as unknown as ResolvedScenario;
}

/** The scenario with each uncertain parameter at a chosen quantile (e.g. 0.5 for medians). */
export function scenarioAtQuantile(scenario: Scenario, q: number): ResolvedScenario {
  return resolveScenario(scenario, findUncertainParameters(scenario), () => q);
}

/**
 * A resolver for the month loop: one working copy of the scenario (without its `sources` and
 * `description`, which the model never reads) whose uncertain parameters are overwritten in place
 * for each replication, each from `uniformFor(seed, replication, 'param:<path>')`. The object it
 * returns is only valid until the next call.
 */
export function createResolver(scenario: Scenario): (seed: string, replication: number) => ResolvedScenario {
  const uncertain = findUncertainParameters(scenario);
  if (uncertain.length === 0) return () => scenario as unknown as ResolvedScenario;
  const copy = structuredClone({ ...scenario, sources: {}, description: '' }) as Record<string, unknown>;
  const slots = uncertain.map(({ path, distribution }) => {
    const keys = path.split('.');
    let parent = copy;
    for (let i = 0; i < keys.length - 1; i++) parent = parent[keys[i]!] as Record<string, unknown>;
    return { parent, key: keys[keys.length - 1]!, name: `param:${path}`, distribution };
  });
  let seedKeys: { seed: string; keys: ParameterKey[] } | undefined;
  return (seed, replication) => {
    if (seedKeys?.seed !== seed)
      seedKeys = { seed, keys: slots.map((slot) => parameterKey(seed, slot.name)) };
    const keys = seedKeys.keys;
    for (let i = 0; i < slots.length; i++) {
      const slot = slots[i]!;
      slot.parent[slot.key] = quantile(slot.distribution, parameterUniform(keys[i]!, replication));
    }
    return copy as unknown as ResolvedScenario;
  };
}
