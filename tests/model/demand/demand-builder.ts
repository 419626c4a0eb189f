// Scenarios with demand for the demand tests: a fixed workforce (nobody leaves, joins or churns) so
// capacity is constant, and the Hull demand parameters unless a test overrides them.
import { mustParse } from '../scenario-builder.js';

export interface FixedWorkforce {
  permanent?: number;
  agency?: number;
  months?: number;
  absenceRate?: number;
}

/** The Hull demand group (scenarios/hull-baseline.json) with plain numbers instead of distributions. */
export function hullDemand(): Record<string, unknown> {
  return {
    referrals: { baseRatePerMonth: 395, dispersion: 50, reReferralShare: 0.215 },
    outcomes: { noFurtherActionShare: 0.029, notInNeedShare: 0.251, cpShare: 0.146, claShare: 0.049 },
    exits: {
      cinHazardPerMonth: 0.112,
      cpHazardPerMonth: 0.109,
      cpStepDownToCinShare: 0.6,
      cpToClaShare: 0.1,
      claHazardPerMonth: 0.031,
    },
    initial: { assessments: 600, cin: 2207, cp: 618, cla: 947 },
    reallocation: { otherChangesPerCasePerYear: 0.4 },
  };
}

/** 238 posts; `permanent` experienced workers (full caseload weight) and `agency` agency workers, all fixed. */
export function fixedWorkforceScenario(
  demand: Record<string, unknown> | undefined,
  opts: FixedWorkforce = {},
  extra: Record<string, unknown> = {},
) {
  const permanent = opts.permanent ?? 217;
  const agency = opts.agency ?? 40;
  return mustParse({
    name: 'Fixed workforce with demand',
    startMonth: '2021-04',
    horizonMonths: opts.months ?? 36,
    establishment: { initialFte: 238 },
    initial: {
      permanent: permanent > 0 ? [{ route: 'experienced', monthsInPost: 48, count: permanent }] : [],
      agency,
    },
    leaving: { baseHazardPerMonth: 0, destinations: { otherCouncil: 0.3, agency: 0.1, outOfSector: 0.6 } },
    recruitment: { fillProbabilityPerMonth: 0 },
    agency: {
      coverShare: 0,
      extraCapacity: agency,
      fillProbabilityPerMonth: 1,
      assignmentEndHazardPerMonth: 0,
    },
    caseload: { openCases: 4000, absenceRate: opts.absenceRate ?? 0.046 },
    ...(demand ? { demand } : {}),
    ...extra,
  });
}

export function meanAndSe(values: ArrayLike<number>): { mean: number; se: number; variance: number } {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i]!;
  const mean = sum / values.length;
  let ss = 0;
  for (let i = 0; i < values.length; i++) ss += (values[i]! - mean) ** 2;
  const variance = ss / (values.length - 1);
  return { mean, se: Math.sqrt(variance / values.length), variance };
}
