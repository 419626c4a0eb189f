/** Case-holding capacity and caseload (MODEL.md section 5): who holds cases and how many. */
import { z } from 'zod';
import { nonNegative, share } from './param-schema.js';

export const CaseloadSchema = z.strictObject({
  /** Open cases held when referral demand is not simulated. */
  openCases: nonNegative(),
  /** Share of working time lost to sickness absence. */
  absenceRate: share().default(0),
  /** Caseload weight of an ASYE worker relative to a fully established worker (protected caseload). */
  asyeCaseloadWeight: share().default(0.8),
  /** Months a new starter carries a reduced caseload, and the weight during those months. */
  newStarterMonths: z.int().min(0).max(24).default(3),
  newStarterCaseloadWeight: share().default(0.5),
  /** Caseload per FTE above which a worker counts as over cap. */
  caseloadCap: nonNegative().default(20),
});
