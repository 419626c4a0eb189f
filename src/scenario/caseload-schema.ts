/** Case-holding capacity and caseload (MODEL.md section 5): who holds cases and how many. */
import { z } from 'zod';
import { nonNegative, param, share } from './param-schema.js';

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
  /**
   * Weibull shape of individual caseloads around the mean (share over cap, and how unevenly
   * assessment work falls on workers). 2 fits the DfE 2021 national distribution (30.7% of case
   * holders at 20+ per FTE at a mean of 16.3, observed 32.2%; maximum likelihood gives 2.24).
   */
  spreadShape: param({ min: 0.5, max: 20, what: 'a Weibull shape' }).default(2),
});
