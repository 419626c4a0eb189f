/** A target's chance by month in one plain sentence: from which month it is likely enough, if ever. */
import type { ThresholdReport } from '../analysis-types.js';
import { formatMonth, formatValue } from '../format.js';
import { targetClause } from './analyse-fields.js';

const pct = (p: number) => formatValue(p, 'probability');

/** 'From Jan 2023 on, the chance that agency rate is at most 12.0% is at least 80%.' */
export function thresholdSentence(r: ThresholdReport, last: string): string {
  const what = `the chance that ${targetClause(r.threshold.metric, r.threshold.op, r.threshold.value)}`;
  const need = `at least ${pct(r.confidence)}`;
  if (r.sustainedFrom && r.sustainedFrom === r.firstReached)
    return `From ${formatMonth(r.sustainedFrom)} on, ${what} is ${need}.`;
  if (r.sustainedFrom)
    return `From ${formatMonth(r.sustainedFrom)} on, ${what} is ${need} (it first got there in ${formatMonth(r.firstReached ?? '')}, then dipped).`;
  const best = Math.max(...r.probability);
  if (r.firstReached)
    return `${what.charAt(0).toUpperCase()}${what.slice(1)} first reaches ${need} in ${formatMonth(r.firstReached)} but does not stay there to ${formatMonth(last)}.`;
  return `${what.charAt(0).toUpperCase()}${what.slice(1)} does not reach ${need} by ${formatMonth(last)}; the highest is ${pct(best)}.`;
}
