/**
 * How long today's permanent workforce has been in post, from the census alone: the census has no
 * tenure, so it is estimated from each earlier year's starters and the window's mean turnover.
 */
import { roundTo } from './window-estimate.js';

/**
 * Share of today's workforce that joined k years before the census (k = 0..4): starters in that
 * year as a share of that year's in-post FTE (the mean of the published years, or the mean
 * turnover, where a year is unpublished), times survival (1 - mean turnover)^(k + 0.5).
 */
export function starterBands(
  starterRates: readonly (number | undefined)[],
  meanTurnover: number,
): { shares: number[]; text: string } {
  const known = starterRates.filter((r): r is number => r !== undefined);
  const fallback = known.length > 0 ? known.reduce((a, b) => a + b, 0) / known.length : meanTurnover;
  const shares = starterRates.map((r, k) => (r ?? fallback) * (1 - meanTurnover) ** (k + 0.5));
  return {
    shares,
    text: `share who joined 0-4 years before the census ${shares.map((s) => roundTo(s, 3)).join(', ')} (starters_fte / inpost_fte of each year x survival at the window's mean turnover ${roundTo(meanTurnover * 100, 1)}%), the rest 60+ months`,
  };
}
