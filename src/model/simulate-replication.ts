/**
 * One replication, month by month (MODEL.md sections 3-6). Each month, in this order:
 *  1. establishment changes scheduled for the month;
 *  2. permanent leavers (hazard by route, grade and months in post x retention offers x last
 *     month's caseload pressure; ASYE-completion exits), split by destination;
 *  3. progression from social worker to senior;
 *  4. agency: releases after notice, assignment ends, conversions to permanent, returning leavers;
 *  5. pipelines: trainee dropouts and completions, take-up into ASYE posts;
 *  6. recruitment: accepted offers start, NQ intake (in its calendar months), experienced hires;
 *  7. agency cover towards the policy share of vacancies (plus surge cover under pressure);
 *  7b. demand (when the scenario has a `demand` group; src/model/demand/): re-referrals and new
 *     referrals, no further action, assessments completed as this month's case-holding FTE
 *     allows, outcomes, CIN / CP / CLA exits and step-downs; open cases become the month's total;
 *  8. caseload (open cases / case-holding FTE) and pressure feedback; metrics recorded, with the
 *     share over the caseload cap and changes of social worker (leavers, agency ends, progressions);
 *  9. money: the month's costs by line from the recorded stocks and the month's flows (no random
 *     numbers); then everyone ages one month in post.
 * Month 0 of the output is the state at the start, before any step.
 */
import { createStream } from '../rng/create-stream.js';
import { ROUTES } from '../scenario/routes.js';
import type { Scenario } from '../scenario/scenario-schema.js';
import { TENURES } from './cell-layout.js';
import { compileWorkforce } from './compile-workforce.js';
import { caseHoldingCapacityReader } from './demand/case-holding-capacity.js';
import { createCaseloadTracker, recordDemandMetrics } from './demand/record-demand-metrics.js';
import { createDemand, openCasesOf, primeDemand, stepDemand } from './demand/step-demand.js';
import { compileMoney } from './money/compile-money.js';
import { createMoneyState, recordNoMoney, stepMoney } from './money/step-money.js';
import { recordWorkforceMetrics } from './record-metrics.js';
import { createResolver, type ResolvedScenario } from './resolve-parameters.js';
import { stepAgencyChurn, stepAgencyCover } from './step-agency.js';
import { applyPressure, capacityWeights } from './step-caseload.js';
import { stepLeavers, stepProgression } from './step-leavers.js';
import { stepPipelines, stepRecruitment } from './step-recruitment.js';
import { createWorkforceState, emptyFlows } from './workforce-state.js';

/** A scenario prepared once per run: what every replication shares. */
export interface PreparedScenario {
  scenario: Scenario;
  /** Resolves the uncertain parameters for one replication (reuses one working copy). */
  resolve: (seed: string, replication: number) => ResolvedScenario;
}

export const prepareScenario = (scenario: Scenario): PreparedScenario => ({
  scenario,
  resolve: createResolver(scenario),
});

/** Where a replication writes: value of metric k at month m goes to out[(k * (months + 1) + m) * runs + rep]. */
export interface MetricSink {
  out: Float64Array;
  runs: number;
  rep: number;
  months: number;
}

/** Ages every worker one month in post; the last tenure cell pools everyone at the cap. */
function ageOneMonth(counts: Int32Array, blocks: Int32Array): void {
  for (let i = 0; i < blocks.length; i++) {
    const base = blocks[i]! * TENURES;
    counts[base + TENURES - 1]! += counts[base + TENURES - 2]!;
    counts.copyWithin(base + 1, base, base + TENURES - 2);
    counts[base] = 0;
  }
}

/** Runs replication `rep` (which names its random streams), writing into `sink` at `sink.rep`. */
export function simulateReplication(
  prepared: PreparedScenario,
  seed: string,
  sink: MetricSink,
  rep: number = sink.rep,
): void {
  const s = prepared.resolve(seed, rep);
  const months = sink.months;
  const rng = {
    leavers: createStream(seed, rep, 'leavers'),
    progression: createStream(seed, rep, 'progression'),
    agency: createStream(seed, rep, 'agency'),
    pipelines: createStream(seed, rep, 'pipelines'),
    recruitment: createStream(seed, rep, 'recruitment'),
    cover: createStream(seed, rep, 'cover'),
  };
  const c = compileWorkforce(s, ROUTES, months);
  const weights = capacityWeights(s, c.activeBlocks);
  const state = createWorkforceState(s, c, rng.pipelines);
  const demand = s.demand ? createDemand(s, s.demand, months, seed, rep) : undefined;
  const capacityOf = caseHoldingCapacityReader(s, c, weights);
  const tracker = createCaseloadTracker(s);
  let openCases = demand ? openCasesOf(demand.state) : s.caseload.openCases;

  const money = compileMoney(s, c, ROUTES, months);
  const ftePerHead = s.workforce.ftePerHead;

  if (demand) primeDemand(demand, capacityOf(state));
  const caseload0 = recordWorkforceMetrics(state, s, c, capacityOf, openCases, sink, 0);
  recordDemandMetrics(tracker, demand, state, s, openCases, caseload0, sink, 0);
  recordNoMoney(sink, 0);
  const moneyState = money ? createMoneyState(state, sink, ftePerHead) : undefined;
  for (let m = 0; m < months; m++) {
    state.flows = emptyFlows();
    state.establishment = Math.max(0, state.establishment + c.establishmentChange[m]!);
    stepLeavers(state, s, c, m, rng.leavers);
    if (s.progression.probabilityPerMonth > 0)
      stepProgression(state, c, s.progression.probabilityPerMonth, rng.progression);
    stepAgencyChurn(state, s, c, m, rng.agency);
    stepPipelines(state, s, c, m, rng.pipelines);
    stepRecruitment(state, s, c, m, rng.recruitment);
    stepAgencyCover(state, s, c, m, rng.cover);
    if (demand) {
      stepDemand(demand, m, capacityOf(state));
      openCases = openCasesOf(demand.state);
    }
    state.leaverWindow[m % 12] = state.flows.leavers * s.workforce.ftePerHead;
    const caseload = recordWorkforceMetrics(state, s, c, capacityOf, openCases, sink, m + 1);
    recordDemandMetrics(tracker, demand, state, s, openCases, caseload, sink, m + 1);
    applyPressure(state, s, caseload);
    if (money && moneyState) stepMoney(money, moneyState, state, c, sink, m, ftePerHead);
    else recordNoMoney(sink, m + 1);
    ageOneMonth(state.counts, c.activeBlocks);
  }
}
