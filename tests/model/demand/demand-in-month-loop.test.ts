import { describe, expect, it } from 'vitest';
import { column } from '../../../src/engine/metric-buffer.js';
import { simulateBuffer } from '../../../src/engine/simulate-run.js';
import { DEMAND_METRICS } from '../../../src/model/demand/demand-metrics.js';
import { shareThreeOrMoreWorkers } from '../../../src/model/demand/worker-changes.js';
import { METRIC_INDEX, METRIC_NAMES, WORKFORCE_METRICS } from '../../../src/model/metric-names.js';
import { fixtureInput, mustParse } from '../scenario-builder.js';
import { fixedWorkforceScenario, hullDemand, meanAndSe } from './demand-builder.js';

const at = (buffer: ReturnType<typeof simulateBuffer>, metric: keyof typeof METRIC_INDEX, m: number) =>
  column(buffer, METRIC_INDEX[metric], m);

/** The small fixture (leavers, recruitment, agency churn, progression) with Hull-shaped demand at its size. */
function smallWithDemand(extra: Record<string, unknown> = {}) {
  const demand = hullDemand();
  demand.referrals = { baseRatePerMonth: 160, dispersion: 50, reReferralShare: 0.215 };
  demand.initial = { assessments: 240, cin: 900, cp: 250, cla: 380 };
  return { ...fixtureInput(), progression: { probabilityPerMonth: 0.003 }, demand, ...extra };
}

describe('simulateReplication with demand', () => {
  it('leaves every workforce metric bit-identical when demand is switched on (own streams)', () => {
    const without = simulateBuffer({
      scenario: mustParse(smallWithDemand({ demand: undefined })),
      seed: 's',
      runs: 50,
    });
    const withDemand = simulateBuffer({ scenario: mustParse(smallWithDemand()), seed: 's', runs: 50 });
    for (const name of WORKFORCE_METRICS) {
      if (name === 'open_cases' || name === 'caseload_per_fte') continue;
      for (let m = 0; m <= without.months; m++) {
        expect(Array.from(at(withDemand, name, m)), `${name} month ${m}`).toEqual(
          Array.from(at(without, name, m)),
        );
      }
    }
  });

  it('holds open cases at caseload.openCases and reports zero demand without a demand group', () => {
    const buffer = simulateBuffer({ scenario: mustParse(fixtureInput()), seed: 'no demand', runs: 10 });
    for (let m = 0; m <= buffer.months; m++) {
      expect(new Set(at(buffer, 'open_cases', m))).toEqual(new Set([1700]));
      for (const name of ['referrals', 'cin_open', 'assessments_in_timescale'] as const)
        expect(new Set(at(buffer, name, m))).toEqual(new Set([0]));
    }
    // Caseload-based metrics still work on the fixed open cases.
    expect(at(buffer, 'share_over_caseload_cap', 12)[0]).toBeGreaterThan(0);
    expect(at(buffer, 'worker_changes_per_child', 12)[0]).toBeGreaterThan(0);
  });

  it('reports open cases as the sum of the demand stocks', () => {
    const buffer = simulateBuffer({ scenario: mustParse(smallWithDemand()), seed: 'sum', runs: 20 });
    for (const m of [0, 1, 12, 24]) {
      const sum = ['assessments_in_progress', 'cin_open', 'cp_open', 'cla_open'] as const;
      const open = at(buffer, 'open_cases', m);
      for (let r = 0; r < buffer.runs; r++) {
        expect(open[r]).toBe(sum.reduce((a, k) => a + at(buffer, k, m)[r]!, 0));
      }
    }
  });

  it('feeds the dynamic caseload into the pressure feedback (a demand surge raises leaving)', () => {
    const feedback = { enabled: true, caseloadThreshold: 18, strength: 3, surgeCoverShare: 0 };
    const surge = smallWithDemand({ feedback });
    (surge.demand as { referrals: Record<string, unknown> }).referrals.shocks = [
      { startMonth: '2021-05', durationMonths: 18, multiplier: 1.6 },
    ];
    const calm = simulateBuffer({
      scenario: mustParse(smallWithDemand({ feedback })),
      seed: 'fb',
      runs: 300,
    });
    const busy = simulateBuffer({ scenario: mustParse(surge), seed: 'fb', runs: 300 });
    let calmLeavers = 0;
    let busyLeavers = 0;
    for (let m = 6; m <= 24; m++) {
      calmLeavers += meanAndSe(at(calm, 'leavers', m)).mean;
      busyLeavers += meanAndSe(at(busy, 'leavers', m)).mean;
    }
    expect(meanAndSe(at(busy, 'caseload_per_fte', 18)).mean).toBeGreaterThan(
      meanAndSe(at(calm, 'caseload_per_fte', 18)).mean + 3,
    );
    expect(busyLeavers).toBeGreaterThan(1.2 * calmLeavers);
  });

  it('counts a reallocation for every case of each leaver, agency end and progression', () => {
    const other = 0.4;
    const scenario = mustParse(smallWithDemand());
    const buffer = simulateBuffer({ scenario, seed: 'changes', runs: 20 });
    const absence = scenario.caseload.absenceRate as number;
    expect(scenario.progression.probabilityPerMonth).toBeGreaterThan(0);
    for (let r = 0; r < buffer.runs; r++) {
      const rates: number[] = [];
      for (let m = 1; m <= buffer.months; m++) {
        const departing = at(buffer, 'leavers', m)[r]! + at(buffer, 'agency_ends', m)[r]!;
        const perWorker = at(buffer, 'caseload_per_fte', m)[r]! * (1 - absence);
        const open = at(buffer, 'open_cases', m)[r]!;
        const perChild = at(buffer, 'worker_changes_per_child', m)[r]!;
        // Progressions are not a metric: the reported rate is at least leavers + agency ends.
        const lower = (12 * departing * perWorker) / open + other;
        expect(perChild).toBeGreaterThanOrEqual(lower - 1e-9);
        rates.push(perChild);
        const window = rates.slice(-12);
        const annual = window.reduce((a, b) => a + b, 0) / window.length;
        expect(at(buffer, 'share_children_3plus_workers', m)[r]).toBeCloseTo(
          shareThreeOrMoreWorkers(annual),
          12,
        );
      }
    }
  });

  it('does not crash with zero case-holders and reports what it documents', () => {
    const scenario = fixedWorkforceScenario(hullDemand(), { permanent: 0, agency: 0, months: 12 });
    const buffer = simulateBuffer({ scenario, seed: 'empty', runs: 20 });
    for (const name of METRIC_NAMES)
      for (let m = 0; m <= 12; m++)
        for (const v of at(buffer, name, m)) expect(Number.isFinite(v), name).toBe(true);
    for (let m = 1; m <= 12; m++) {
      expect(new Set(at(buffer, 'case_holding_fte', m))).toEqual(new Set([0]));
      // Nobody completes assessments: the backlog grows by every start and none is in timescale.
      expect(new Set(at(buffer, 'assessments_completed', m))).toEqual(new Set([0]));
      expect(new Set(at(buffer, 'assessments_in_timescale', m))).toEqual(new Set([0]));
      const started = at(buffer, 'assessments_started', m);
      const backlog = at(buffer, 'assessments_in_progress', m);
      const before = at(buffer, 'assessments_in_progress', m - 1);
      for (let r = 0; r < buffer.runs; r++) expect(backlog[r]).toBe(before[r]! + started[r]!);
      // Caseload divides by a floor of 1 FTE, so it equals the open cases; everyone "over cap".
      const open = at(buffer, 'open_cases', m);
      const caseload = at(buffer, 'caseload_per_fte', m);
      for (let r = 0; r < buffer.runs; r++) expect(caseload[r]).toBe(open[r]);
      expect(Math.min(...at(buffer, 'share_over_caseload_cap', m))).toBeGreaterThan(0.999);
      // No workers, so no one leaves or hands cases on.
      expect(new Set(at(buffer, 'worker_changes_per_child', m))).toEqual(new Set([0]));
      expect(new Set(at(buffer, 'share_children_3plus_workers', m))).toEqual(new Set([0]));
    }
  });

  it('reports every demand metric', () => {
    for (const name of DEMAND_METRICS) expect(METRIC_NAMES).toContain(name);
  });
});
