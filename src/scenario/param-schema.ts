/**
 * Numeric scenario parameters: a plain number or a distribution sampled once per replication
 * (MODEL.md section 2). Each factory checks that every value the distribution can take lies in
 * the parameter's allowed range, so a sampled probability can never leave [0, 1].
 */
import { z } from 'zod';
import { bounds as valueRange } from '../rng/distribution.js';

export const MonthSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a calendar month written YYYY-MM, e.g. 2021-04');

const finite = () => z.number().refine(Number.isFinite, 'must be a finite number');

export const DistributionSchema = z.discriminatedUnion('dist', [
  z.strictObject({ dist: z.literal('fixed'), value: finite() }),
  z.strictObject({ dist: z.literal('uniform'), min: finite(), max: finite() }),
  z.strictObject({ dist: z.literal('triangular'), min: finite(), mode: finite(), max: finite() }),
  z.strictObject({
    dist: z.literal('normal'),
    mean: finite(),
    sd: finite().positive(),
    min: finite().optional(),
    max: finite().optional(),
  }),
  z.strictObject({ dist: z.literal('beta'), alpha: finite().positive(), beta: finite().positive() }),
  z.strictObject({ dist: z.literal('lognormal'), median: finite().positive(), sigma: finite().positive() }),
]);
export type DistributionInput = z.infer<typeof DistributionSchema>;

function orderProblem(d: DistributionInput): { path: string; message: string } | undefined {
  if ((d.dist === 'uniform' || d.dist === 'triangular') && !(d.min <= d.max)) {
    return { path: 'max', message: 'max must be at least min' };
  }
  if (d.dist === 'triangular' && !(d.min <= d.mode && d.mode <= d.max)) {
    return { path: 'mode', message: 'mode must lie between min and max' };
  }
  if (d.dist === 'normal' && d.min !== undefined && d.max !== undefined && !(d.min < d.max)) {
    return { path: 'max', message: 'max must be greater than min' };
  }
  return undefined;
}

interface Bounds {
  min: number;
  max: number;
  what: string;
}

/** A parameter that is a number or a distribution, with every possible value inside [min, max]. */
export function param(bounds: Bounds) {
  const { min, max, what } = bounds;
  const inRange = (x: number) => x >= min && x <= max;
  const rangeText = `${what} between ${min} and ${max === Number.POSITIVE_INFINITY ? 'infinity' : max}`;
  return z.union([finite(), DistributionSchema]).superRefine((value, ctx) => {
    if (typeof value === 'number') {
      if (!inRange(value)) ctx.addIssue({ code: 'custom', message: `must be ${rangeText}` });
      return;
    }
    const order = orderProblem(value);
    if (order) {
      ctx.addIssue({ code: 'custom', message: order.message, path: [order.path] });
      return;
    }
    const [lo, hi] = valueRange(value);
    if (!inRange(lo) || !inRange(hi)) {
      ctx.addIssue({
        code: 'custom',
        message: `the ${value.dist} distribution can give values outside the allowed range: must be ${rangeText}${
          value.dist === 'normal' ? ' (give min and max to truncate it)' : ''
        }`,
      });
    }
  });
}

export const probability = () => param({ min: 0, max: 1, what: 'a probability' });
export const nonNegative = () => param({ min: 0, max: Number.POSITIVE_INFINITY, what: 'a number' });
export const multiplier = () => param({ min: 0, max: 1000, what: 'a multiplier' });
export const share = () => param({ min: 0, max: 1, what: 'a share' });

export type Param = z.infer<ReturnType<typeof probability>>;
