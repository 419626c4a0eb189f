/** What a curated lever is, and shorthands for the common kinds (chances, shares, counts, switches). */
import type { FieldKind } from './schema-node.js';

export interface Lever {
  path: string;
  label: string;
  kind: FieldKind;
  unit: string;
  explainer: string;
  min?: number;
  max?: number;
  integer?: boolean;
  /** A probability per month: the editor also shows the yearly equivalent. */
  perMonth?: boolean;
}

export interface LeverGroup {
  id: string;
  title: string;
  explainer: string;
  /** Top-level scenario keys whose settings belong to this group. */
  keys: string[];
  levers: Lever[];
}

export const prob = (path: string, label: string, explainer: string, perMonth = true): Lever => ({
  path,
  label,
  kind: 'param',
  unit: perMonth ? 'probability per month, 0 to 1' : 'probability, 0 to 1',
  explainer,
  min: 0,
  max: 1,
  perMonth,
});
export const share = (path: string, label: string, explainer: string): Lever => ({
  path,
  label,
  kind: 'param',
  unit: 'share, 0 to 1',
  explainer,
  min: 0,
  max: 1,
});
export const count = (
  path: string,
  label: string,
  unit: string,
  explainer: string,
  max = 100_000,
): Lever => ({
  path,
  label,
  kind: 'param',
  unit,
  explainer,
  min: 0,
  max,
});
export const whole = (
  path: string,
  label: string,
  unit: string,
  explainer: string,
  min: number,
  max: number,
): Lever => ({
  path,
  label,
  kind: 'number',
  unit,
  explainer,
  min,
  max,
  integer: true,
});
export const toggle = (path: string, label: string, explainer: string): Lever => ({
  path,
  label,
  kind: 'boolean',
  unit: 'on or off',
  explainer,
});
