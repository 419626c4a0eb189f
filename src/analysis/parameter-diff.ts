/**
 * The table of parameters that differ between two scenarios: one row per dotted path whose value
 * differs (a distribution counts as one value), so a comparison shows exactly what the option
 * changes. Names, descriptions and source notes are not parameters and are left out.
 */
import { canonicalJson } from '../scenario/scenario-hash.js';
import type { Scenario } from '../scenario/scenario-schema.js';

export interface ParameterDifference {
  path: string;
  /** Value in the baseline; absent when only the option has the field (or array entry). */
  baseline?: unknown;
  option?: unknown;
}

const NOT_PARAMETERS = new Set(['name', 'description', 'sources']);

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

const isDistribution = (v: unknown): boolean => isPlainObject(v) && typeof v.dist === 'string';

/** Rows in document order of the baseline, then fields only the option has. */
export function diffScenarios(baseline: Scenario, option: Scenario): ParameterDifference[] {
  const rows: ParameterDifference[] = [];
  const walk = (a: unknown, b: unknown, path: string) => {
    if (a === undefined && b === undefined) return;
    // A group or list present on one side only is expanded, so each of its fields gets a row.
    const list = (v: unknown) =>
      Array.isArray(v) || (v === undefined && (Array.isArray(a) || Array.isArray(b)));
    if (list(a) && list(b)) {
      const [x, y] = [(a ?? []) as unknown[], (b ?? []) as unknown[]];
      for (let i = 0; i < Math.max(x.length, y.length); i++) walk(x[i], y[i], `${path}.${i}`);
      return;
    }
    const group = (v: unknown) => (isPlainObject(v) && !isDistribution(v)) || v === undefined;
    if (group(a) && group(b)) {
      const [x, y] = [(a ?? {}) as Record<string, unknown>, (b ?? {}) as Record<string, unknown>];
      const keys = [...Object.keys(x), ...Object.keys(y).filter((k) => !(k in x))];
      for (const key of keys) {
        if (path === '' && NOT_PARAMETERS.has(key)) continue;
        walk(x[key], y[key], path ? `${path}.${key}` : key);
      }
      return;
    }
    if (canonicalJson(a) === canonicalJson(b)) return;
    rows.push({
      path,
      ...(a === undefined ? {} : { baseline: a }),
      ...(b === undefined ? {} : { option: b }),
    });
  };
  walk(baseline, option, '');
  return rows;
}

/** A parameter value as one short line of text: numbers as given, distributions as name(args). */
export function formatParameterValue(value: unknown): string {
  if (value === undefined) return '(none)';
  if (isDistribution(value)) {
    const { dist, ...args } = value as Record<string, unknown>;
    return `${dist}(${Object.entries(args)
      .map(([k, v]) => `${k} ${String(v)}`)
      .join(', ')})`;
  }
  return typeof value === 'object' ? canonicalJson(value) : String(value);
}
