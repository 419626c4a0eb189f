import { describe, expect, it } from 'vitest';
import { column, type MetricBuffer } from '../../../src/engine/metric-buffer.js';
import { simulateBuffer } from '../../../src/engine/simulate-run.js';
import { METRIC_INDEX } from '../../../src/model/metric-names.js';
import { fixedWorkforceScenario, meanAndSe } from './demand-builder.js';

/** Per replication, the mean of a metric over months from..to. */
function timeMeans(buffer: MetricBuffer, metric: keyof typeof METRIC_INDEX, from: number, to: number) {
  const out = new Float64Array(buffer.runs);
  for (let m = from; m <= to; m++) {
    const values = column(buffer, METRIC_INDEX[metric], m);
    for (let r = 0; r < buffer.runs; r++) out[r]! += values[r]! / (to - from + 1);
  }
  return out;
}

describe('demand case flows', () => {
  // Fast exits so the stocks reach steady state well inside the horizon; capacity far above demand,
  // so every assessment completes with its natural monthly probability p0 = 1 / (1 + 1.45).
  const nfa = 0.03;
  const shares = { notInNeed: 0.25, cp: 0.15, cla: 0.05 };
  const h = { cin: 0.2, cp: 0.25, cla: 0.1 };
  const cpSplit = { stepDown: 0.6, toCla: 0.1 };
  const p0 = 1 / (1 + 1.45);
  const demand = {
    referrals: { baseRatePerMonth: 395, dispersion: 50, reReferralShare: 0.215 },
    outcomes: {
      noFurtherActionShare: nfa,
      notInNeedShare: shares.notInNeed,
      cpShare: shares.cp,
      claShare: shares.cla,
    },
    assessment: { completionsPerFtePerMonth: 1000, naturalMeanMonths: 1.45 },
    exits: {
      cinHazardPerMonth: h.cin,
      cpHazardPerMonth: h.cp,
      cpStepDownToCinShare: cpSplit.stepDown,
      cpToClaShare: cpSplit.toCla,
      claHazardPerMonth: h.cla,
    },
  };
  const buffer = simulateBuffer({
    scenario: fixedWorkforceScenario(demand, { months: 120 }),
    seed: 'little',
    runs: 300,
  });

  it("holds Little's law: steady-state open cases = referrals a month x mean months open", () => {
    // Mean month ends a referral is open (exits act on start-of-month stocks, so a stock with exit
    // hazard h holds a case for 1/h month ends; an assessment for (1 - p0) / p0).
    const cinShare = 1 - shares.notInNeed - shares.cp - shares.cla;
    const cpMonths = 1 / h.cp + cpSplit.stepDown / h.cin + cpSplit.toCla / h.cla;
    const monthsOpen =
      (1 - nfa) * ((1 - p0) / p0 + cinShare / h.cin + shares.cp * cpMonths + shares.cla / h.cla);
    const open = timeMeans(buffer, 'open_cases', 61, 120);
    const arrivals = timeMeans(buffer, 'referrals', 61, 120);
    const gap = open.map((L, r) => L - arrivals[r]! * monthsOpen);
    const { mean, se } = meanAndSe(gap);
    expect(Math.abs(mean)).toBeLessThan(4 * se);
    // And the level itself: about 395 referrals a month x 5.72 months = 2,261 open cases.
    expect(meanAndSe(open).mean / (395 * monthsOpen)).toBeCloseTo(1, 1);
  });

  it("holds Little's law for each stock", () => {
    const started = timeMeans(buffer, 'assessments_started', 61, 120);
    const inProgress = timeMeans(buffer, 'assessments_in_progress', 61, 120);
    const a = meanAndSe(inProgress.map((A, r) => A - (started[r]! * (1 - p0)) / p0));
    expect(Math.abs(a.mean)).toBeLessThan(4 * a.se);
    const cla = timeMeans(buffer, 'cla_open', 61, 120);
    const cp = timeMeans(buffer, 'cp_open', 61, 120);
    // CLA arrivals: directly from assessments and from ending CP plans.
    const claIn = started.map((s, r) => s * shares.cla + cp[r]! * h.cp * cpSplit.toCla);
    const c = meanAndSe(cla.map((L, r) => L - claIn[r]! / h.cla));
    expect(Math.abs(c.mean)).toBeLessThan(4 * c.se);
    const p = meanAndSe(cp.map((L, r) => L - (started[r]! * shares.cp) / h.cp));
    expect(Math.abs(p.mean)).toBeLessThan(4 * p.se);
  });
});
