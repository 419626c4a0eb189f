/**
 * Which parameters differ between scenarios: one row per dotted path whose value differs (a
 * distribution counts as one value). Names, descriptions and source notes are not parameters.
 */
import { canonical, isDistribution, isObject } from './json-path.js';

export interface DiffRow {
  path: string;
  /** Value in each scenario, in the order given; undefined where a scenario does not set it. */
  values: unknown[];
}

const NOT_PARAMETERS = new Set(['name', 'description', 'sources']);

export function diffScenarios(scenarios: unknown[]): DiffRow[] {
  const rows: DiffRow[] = [];
  const walk = (values: unknown[], path: string) => {
    if (values.every((v) => v === undefined)) return;
    // A part only some scenarios have is compared field by field against "not set".
    if (values.every((v) => v === undefined || Array.isArray(v))) {
      const lists = values as (unknown[] | undefined)[];
      const n = Math.max(...lists.map((v) => v?.length ?? 0));
      for (let i = 0; i < n; i++)
        walk(
          lists.map((v) => v?.[i]),
          `${path}.${i}`,
        );
      return;
    }
    if (values.every((v) => v === undefined || (isObject(v) && !isDistribution(v)))) {
      const keys = [...new Set(values.flatMap((v) => Object.keys(v ?? {})))];
      for (const key of keys) {
        if (path === '' && NOT_PARAMETERS.has(key)) continue;
        walk(
          values.map((v) => (v as Record<string, unknown> | undefined)?.[key]),
          path ? `${path}.${key}` : key,
        );
      }
      return;
    }
    const first = canonical(values[0]);
    if (values.some((v) => canonical(v) !== first)) rows.push({ path, values });
  };
  walk(scenarios, '');
  return rows;
}
