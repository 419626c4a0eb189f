/**
 * The month's costs (MODEL.md section 7), the last step of the month, after the metrics pass has
 * recorded the month's stocks. Permanent and agency staff are costed on the mean of the opening
 * and closing FTE by grade (starters and leavers count half a month); trainees on the cohort at
 * the start of the month; retention payments on the workers eligible at the end of the month;
 * one-off costs on the month's flows (starters, conversions, tie-in breaks). About thirty
 * arithmetic operations a month plus the retention-eligible cells of offers that pay.
 */
import type { CompiledWorkforce } from '../compile-workforce.js';
import { METRIC_INDEX as K } from '../metric-names.js';
import type { MetricSink } from '../simulate-replication.js';
import type { WorkforceState } from '../workforce-state.js';
import type { CompiledMoney } from './compile-money.js';
import { MONEY_METRICS } from './money-metrics.js';

export interface MoneyState {
  /** Permanent heads by grade (asye, social_worker, senior) and agency FTE at the end of last month. */
  asye: number;
  socialWorker: number;
  senior: number;
  agency: number;
  /** Trainees per cohort at the end of last month. */
  trainees: Float64Array;
}

const at = (sink: MetricSink, k: number, month: number) =>
  sink.out[(k * (sink.months + 1) + month) * sink.runs + sink.rep]!;

/** Opening state for the money step, read from the month-0 metrics. */
export function createMoneyState(state: WorkforceState, sink: MetricSink, ftePerHead: number): MoneyState {
  const asye = at(sink, K.asye_fte, 0) / ftePerHead;
  const senior = at(sink, K.senior_fte, 0) / ftePerHead;
  return {
    asye,
    senior,
    socialWorker: state.permHeads - asye - senior,
    agency: state.agency,
    trainees: Float64Array.from(state.trainees),
  };
}

/** Writes zero costs for a month (a scenario without a money group). */
export function recordNoMoney(sink: MetricSink, month: number): void {
  for (const name of MONEY_METRICS)
    sink.out[(K[name] * (sink.months + 1) + month) * sink.runs + sink.rep] = 0;
}

/** Costs of simulated month m (0-based), written to output month m + 1. */
export function stepMoney(
  cm: CompiledMoney,
  ms: MoneyState,
  state: WorkforceState,
  c: CompiledWorkforce,
  sink: MetricSink,
  m: number,
  ftePerHead: number,
): void {
  const out = m + 1;
  const months = cm.months;
  const asye = at(sink, K.asye_fte, out) / ftePerHead;
  const senior = at(sink, K.senior_fte, out) / ftePerHead;
  const socialWorker = state.permHeads - asye - senior;
  const perHead = cm.perHead;
  const permanent =
    0.5 *
    ((ms.asye + asye) * perHead[m]! +
      (ms.socialWorker + socialWorker) * perHead[months + m]! +
      (ms.senior + senior) * perHead[2 * months + m]!);
  const agency = 0.5 * (ms.agency + state.agency) * cm.agencyPerFte[m]!;
  ms.asye = asye;
  ms.socialWorker = socialWorker;
  ms.senior = senior;
  ms.agency = state.agency;

  const flows = state.flows;
  const recruitment =
    cm.fixedRecruitment[m]! + flows.starters * cm.costPerHire + flows.agencyConversions * cm.conversionFee;

  let training = cm.fixedTraining[m]! - flows.tieInBreaks * cm.clawbackPerBreak;
  const cohorts = c.cohorts;
  for (let i = 0; i < cohorts.length; i++) {
    const cohort = cohorts[i]!;
    const costs = cm.cohortTraineeCost[i];
    if (m === cohort.start) training += cm.cohortStartCost[i]!;
    if (costs && m >= cohort.start && m < cohort.start + cohort.duration) {
      training += (m === cohort.start ? cohort.size : ms.trainees[i]!) * costs[m]!;
    }
    ms.trainees[i] = state.trainees[i]!;
  }

  let retention = cm.fixedRetention[m]!;
  const active = c.activeOffers[m]!;
  for (let a = 0; a < active.length; a++) {
    const j = cm.retentionByOffer[active[a]!]!;
    if (j < 0) continue;
    const offer = cm.retention[j]!;
    const ranges = offer.ranges;
    let heads = 0;
    for (let r = 0; r < ranges.length; r += 2) {
      for (let cell = ranges[r]!; cell < ranges[r + 1]!; cell++) heads += state.counts[cell]!;
    }
    retention += heads * offer.costPerWorker;
  }

  const other = cm.fixedOther[m]!;
  const { out: buf, runs, rep } = sink;
  const stride = (sink.months + 1) * runs;
  const base = out * runs + rep;
  buf[K.cost_permanent * stride + base] = permanent;
  buf[K.cost_agency * stride + base] = agency;
  buf[K.cost_recruitment * stride + base] = recruitment;
  buf[K.cost_training * stride + base] = training;
  buf[K.cost_retention * stride + base] = retention;
  buf[K.cost_other * stride + base] = other;
  buf[K.cost_total * stride + base] = permanent + agency + recruitment + training + retention + other;
}
