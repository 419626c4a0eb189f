/** A field the editor renders: a curated lever or a setting found generically, with facts from the schema. */
import type { Json } from '../api-types.js';
import type { Lever } from './lever-kinds.js';

export interface FieldDef extends Lever {
  options?: string[];
  defaultValue?: Json;
}

export type OnFieldChange = (path: string, value: Json | undefined) => void;

/** Central value of a number or distribution: the number, mode, mean or median. */
export function centreOf(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (value === null || typeof value !== 'object') return undefined;
  const d = value as Record<string, number>;
  switch ((value as { dist?: string }).dist) {
    case 'fixed':
      return d.value;
    case 'triangular':
      return d.mode;
    case 'uniform':
      return ((d.min ?? 0) + (d.max ?? 0)) / 2;
    case 'normal':
      return d.mean;
    case 'beta':
      return (d.alpha ?? 1) / ((d.alpha ?? 1) + (d.beta ?? 1));
    case 'lognormal':
      return d.median;
    default:
      return undefined;
  }
}

const round = (x: number) => Number(x.toPrecision(4));

/** Converts a value to another distribution kind ('number' for one value), keeping its centre and range. */
export function convertParam(value: unknown, to: string, lever: Pick<Lever, 'min' | 'max'>): Json {
  const c = centreOf(value) ?? 0;
  const d = (value ?? {}) as Record<string, number>;
  const clamp = (x: number) => Math.min(lever.max ?? Infinity, Math.max(lever.min ?? -Infinity, x));
  const lo = round(typeof d.min === 'number' ? d.min : clamp(c * 0.8));
  const hi = round(typeof d.max === 'number' ? d.max : clamp(c * 1.2));
  switch (to) {
    case 'number':
      return round(c);
    case 'fixed':
      return { dist: 'fixed', value: round(c) };
    case 'triangular':
      return { dist: 'triangular', min: lo, mode: round(c), max: hi };
    case 'uniform':
      return { dist: 'uniform', min: lo, max: hi };
    case 'normal':
      return {
        dist: 'normal',
        mean: round(c),
        sd: round((hi - lo) / 4 || Math.abs(c) * 0.1 || 0.01),
        min: lo,
        max: hi,
      };
    case 'beta': {
      const mean = c > 0 && c < 1 ? c : 0.5;
      return { dist: 'beta', alpha: round(mean * 20), beta: round((1 - mean) * 20) };
    }
    default:
      return { dist: 'lognormal', median: c > 0 ? round(c) : 1, sigma: 0.2 };
  }
}

export const DIST_PARTS: Record<string, [string, string][]> = {
  number: [['value', 'Value']],
  fixed: [['value', 'Value']],
  triangular: [
    ['min', 'Low'],
    ['mode', 'Most likely'],
    ['max', 'High'],
  ],
  uniform: [
    ['min', 'Low'],
    ['max', 'High'],
  ],
  normal: [
    ['mean', 'Mean'],
    ['sd', 'Standard deviation'],
    ['min', 'Lowest (optional)'],
    ['max', 'Highest (optional)'],
  ],
  beta: [
    ['alpha', 'Alpha'],
    ['beta', 'Beta'],
  ],
  lognormal: [
    ['median', 'Median'],
    ['sigma', 'Sigma (spread)'],
  ],
};

export const DIST_LABELS: Record<string, string> = {
  number: 'One value',
  fixed: 'One value (fixed)',
  triangular: 'Uncertain: low, most likely, high',
  uniform: 'Uncertain: anywhere from low to high',
  normal: 'Uncertain: normal (mean and spread)',
  beta: 'Uncertain: beta (for chances)',
  lognormal: 'Uncertain: lognormal (median and spread)',
};

/** A line under a field: the yearly equivalent of a monthly chance, or a chance as a percentage. */
export function derivedText(def: FieldDef, value: unknown): string {
  const c = centreOf(value);
  if (c === undefined || !Number.isFinite(c)) return '';
  const kind = typeof value === 'number' ? 'value' : 'central value';
  if (def.perMonth && c >= 0.2 && c <= 1) return `${kind} ≈ ${(c * 100).toFixed(0)}% a month`;
  if (def.perMonth && c >= 0 && c <= 1) {
    const year = 1 - (1 - c) ** 12;
    return `${kind} ${c} a month ≈ ${(year * 100).toFixed(1)}% a year`;
  }
  if (def.max === 1 && def.min === 0 && typeof value !== 'number')
    return `${kind} ≈ ${(c * 100).toFixed(1)}%`;
  if (def.max === 1 && def.min === 0) return `≈ ${(c * 100).toFixed(1)}%`;
  return typeof value === 'number' ? '' : `${kind} ${round(c)}`;
}
