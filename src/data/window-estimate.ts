/**
 * A scenario parameter estimated from the yearly values of a window of census years, carrying the
 * year-to-year spread as parameter uncertainty (MODEL.md section 2): a normal distribution with
 * the window's mean and the predictive standard deviation of one more year's value,
 * s x sqrt(1 + 1/n) (s the sample standard deviation of the n yearly values), truncated to the
 * parameter's allowed range. One year (or identical years) gives no spread to read, so the sd is
 * SINGLE_YEAR_SPREAD of the value (an assumption, said so in the source text).
 *
 * The normal was chosen over a triangular on (min, mean, max) of the window by the hindcast
 * (README): with 2-4 years the range understates the year-to-year spread, and the triangular's
 * P10-P90 bands held the later census values less often (turnover about two thirds against over
 * four fifths for the normal, 2019 to 2023, every council) at the same median error.
 */
import type { DistributionInput } from '../scenario/param-schema.js';

export interface YearValue {
  year: number;
  value: number;
}

/** Relative standard deviation used when the window has only one distinct value. */
export const SINGLE_YEAR_SPREAD = 0.25;

export interface WindowEstimate {
  /** A plain number (no spread possible, e.g. zero) or a truncated normal distribution. */
  param: number | DistributionInput;
  /** The central value: the mean of the yearly values. */
  mean: number;
  /** The yearly values and the distribution, for `sources`. */
  text: string;
}

export interface EstimateOptions {
  /** Allowed range of the parameter (the distribution is truncated to it). */
  lo: number;
  hi: number;
  /** Decimal places kept in the scenario. */
  digits: number;
}

export const roundTo = (x: number, digits: number): number => {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};

/** The window's values as a parameter; undefined when the window has no values. */
export function estimateFromWindow(
  values: readonly YearValue[],
  options: EstimateOptions,
): WindowEstimate | undefined {
  const n = values.length;
  if (n === 0) return undefined;
  const { lo, hi, digits } = options;
  const xs = values.map((v) => v.value);
  const mean = Math.min(hi, Math.max(lo, xs.reduce((a, b) => a + b, 0) / n));
  const s = n > 1 ? Math.sqrt(xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (n - 1)) : 0;
  const listed = values.map((v) => `${v.year}: ${roundTo(v.value, digits)}`).join(', ');
  const spread = roundTo(s, digits) > 0;
  const sd = roundTo(spread ? s * Math.sqrt(1 + 1 / n) : SINGLE_YEAR_SPREAD * mean, digits);
  const m = roundTo(mean, digits);
  if (!(sd > 0)) return { param: m, mean, text: `${listed} -> ${m} (no spread to estimate)` };
  const param: DistributionInput = {
    dist: 'normal',
    mean: m,
    sd,
    min: lo,
    ...(Number.isFinite(hi) ? { max: hi } : {}),
  };
  const how = spread
    ? `mean of the ${n} yearly values, sd = their sd x sqrt(1 + 1/${n}) (the spread of one more year)`
    : `${n === 1 ? 'one year' : 'identical years'}, so assumption: sd ${SINGLE_YEAR_SPREAD * 100}% of the value`;
  const range = Number.isFinite(hi) ? `[${lo}, ${hi}]` : `[${lo}, infinity)`;
  return { param, mean, text: `${listed} -> normal(mean ${m}, sd ${sd}) truncated to ${range}; ${how}` };
}
