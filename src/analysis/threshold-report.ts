/**
 * Threshold probabilities (MODEL.md section 8): P(metric op value) by month across replications
 * for any condition a user adds or a scenario names, and the first month from which that
 * probability reaches a confidence level, e.g. "agency_rate <= 10% with 80% probability from
 * 2024-01".
 */
import type { MetricBuffer } from '../engine/metric-buffer.js';
import { thresholdProbabilities } from '../engine/summarise-run.js';
import { METRIC_NAMES, type MetricName } from '../model/metric-names.js';
import { addMonths } from '../model/month-index.js';
import { fail, ok, type Result } from '../scenario/field-problem.js';
import type { Threshold } from '../scenario/scenario-schema.js';

export interface ThresholdReport {
  threshold: Threshold;
  /** P(condition) at the end of months 1..M. */
  probability: number[];
  confidence: number;
  /** First month (YYYY-MM) with probability >= confidence, or null. */
  firstReached: string | null;
  /** First month from which the probability stays >= confidence to the horizon, or null. */
  sustainedFrom: string | null;
  sentence: string;
}

const PATTERN = /^\s*([a-z][a-z0-9_]*)\s*(<=|>=|<|>)\s*(-?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)(%?)\s*$/i;

/** Parses 'agency_rate<=0.10' (or '<= 10%'); a percentage is divided by 100. */
export function parseThreshold(text: string): Result<Threshold> {
  const match = PATTERN.exec(text);
  if (!match) {
    return fail([{ path: text, message: "a threshold looks like metric<=value, e.g. 'agency_rate<=0.10'" }]);
  }
  const [, metric, op, number, percent] = match as unknown as [
    string,
    string,
    Threshold['op'],
    string,
    string,
  ];
  if (!(METRIC_NAMES as readonly string[]).includes(metric)) {
    return fail([{ path: text, message: `unknown metric "${metric}"; known: ${METRIC_NAMES.join(', ')}` }]);
  }
  const value = Number(number) / (percent ? 100 : 1);
  return ok({ metric: metric as MetricName, op, value });
}

const isFraction = (metric: string) => metric.endsWith('_rate') || metric === 'assessments_in_timescale';

/** 'agency_rate <= 10%' style text for a threshold. */
export function describeThreshold(t: Threshold): string {
  const value = isFraction(t.metric) ? `${+(t.value * 100).toFixed(4)}%` : String(t.value);
  return t.label ?? `${t.metric} ${t.op} ${value}`;
}

/** First 1-based month with probability >= confidence, and the first from which it stays there. */
export function monthsReaching(probability: readonly number[], confidence: number) {
  const first = probability.findIndex((p) => p >= confidence);
  let sustained = probability.length;
  while (sustained > 0 && probability[sustained - 1]! >= confidence) sustained--;
  return {
    first: first < 0 ? null : first + 1,
    sustained: sustained === probability.length ? null : sustained + 1,
  };
}

export function thresholdReport(
  buffer: MetricBuffer,
  threshold: Threshold,
  startMonth: string,
  confidence: number,
): ThresholdReport {
  if (!(confidence > 0 && confidence <= 1))
    throw new Error(`confidence must be in (0, 1], got ${confidence}`);
  const probability = thresholdProbabilities(buffer, threshold);
  const { first, sustained } = monthsReaching(probability, confidence);
  const date = (m: number | null) => (m === null ? null : addMonths(startMonth, m - 1));
  const what = `${describeThreshold(threshold)} with ${+(confidence * 100).toFixed(2)}% probability`;
  let sentence: string;
  if (first === null) sentence = `${what}: not reached by ${date(buffer.months)}`;
  else if (sustained === null)
    sentence = `${what}: first reached ${date(first)} but not held to ${date(buffer.months)}`;
  else if (sustained === first) sentence = `${what} from ${date(sustained)}`;
  else sentence = `${what} from ${date(sustained)} (first reached ${date(first)})`;
  return {
    threshold,
    probability,
    confidence,
    firstReached: date(first),
    sustainedFrom: date(sustained),
    sentence,
  };
}
