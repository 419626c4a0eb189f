/**
 * The scenario: the one definition of what a user can set (MODEL.md). Types, file and HTTP
 * validation and the JSON Schema all come from here; defaults live only here.
 */
import { z } from 'zod';
import { METRIC_NAMES } from '../model/metric-names.js';
import { CaseloadSchema } from './caseload-schema.js';
import { DemandSchema } from './demand-schema.js';
import { MoneySchema } from './money-schema.js';
import { MonthSchema } from './param-schema.js';
import {
  AgencyRulesSchema,
  AgencySchema,
  CampaignSchema,
  EstablishmentSchema,
  FeedbackSchema,
  InitialStateSchema,
  LeavingSchema,
  PipelinesSchema,
  ProgressionSchema,
  RecruitmentSchema,
  RetentionOfferSchema,
  WorkforceSchema,
} from './workforce-schema.js';

export const ThresholdSchema = z.strictObject({
  metric: z.enum(METRIC_NAMES),
  op: z.enum(['<=', '<', '>=', '>']),
  value: z.number().refine(Number.isFinite, 'must be a finite number'),
  label: z.string().max(120).optional(),
});
export type Threshold = z.infer<typeof ThresholdSchema>;

export const ScenarioSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(120),
    description: z.string().max(4000).default(''),
    startMonth: MonthSchema,
    horizonMonths: z.int().min(1).max(120),
    /** Where each default comes from: dotted path (or its prefix) -> citation or "assumption (range)". */
    sources: z.record(z.string().max(200), z.string().max(1000)).default({}),
    establishment: EstablishmentSchema,
    initial: InitialStateSchema,
    workforce: WorkforceSchema.default({ ftePerHead: 1 }),
    leaving: LeavingSchema,
    progression: ProgressionSchema.default({ minMonthsInPost: 24, probabilityPerMonth: 0 }),
    recruitment: RecruitmentSchema,
    agency: AgencySchema,
    pipelines: PipelinesSchema.default({ routes: {}, cohorts: [] }),
    retentionOffers: z.array(RetentionOfferSchema).max(50).default([]),
    campaigns: z.array(CampaignSchema).max(50).default([]),
    agencyRules: AgencyRulesSchema.default({
      enabled: false,
      fromMonth: '2024-11',
      minPostQualifyingMonths: 36,
      leaverReturnDelayMonths: 3,
      releaseNoticeMonths: 1,
      agencyFillMultiplier: 1,
    }),
    feedback: FeedbackSchema.default({
      enabled: false,
      caseloadThreshold: 20,
      strength: 0.5,
      surgeCoverShare: 0,
    }),
    caseload: CaseloadSchema,
    /** Referrals and case flows (MODEL.md section 5); without it open cases stay at caseload.openCases. */
    demand: DemandSchema.optional(),
    /** Costs and budgets (MODEL.md section 7); without it every cost metric is 0. */
    money: MoneySchema.optional(),
    thresholds: z.array(ThresholdSchema).max(50).default([]),
  })
  .superRefine((s, ctx) => {
    s.pipelines.cohorts.forEach((cohort, i) => {
      if (!s.pipelines.routes[cohort.route]) {
        ctx.addIssue({
          code: 'custom',
          path: ['pipelines', 'cohorts', i, 'route'],
          message: `no pipelines.routes.${cohort.route} settings are given for this cohort's route`,
        });
      }
    });
    s.leaving.bands.forEach((band, i) => {
      if (band.toMonthInPost !== undefined && band.toMonthInPost < band.fromMonthInPost) {
        ctx.addIssue({
          code: 'custom',
          path: ['leaving', 'bands', i, 'toMonthInPost'],
          message: 'must be at least fromMonthInPost',
        });
      }
    });
    const checkRange = (start: string, end: string | undefined, path: (string | number)[]) => {
      if (end !== undefined && end < start)
        ctx.addIssue({ code: 'custom', path, message: 'must not be before startMonth' });
    };
    for (const [i, o] of s.retentionOffers.entries())
      checkRange(o.startMonth, o.endMonth, ['retentionOffers', i, 'endMonth']);
    for (const [i, c] of s.campaigns.entries())
      checkRange(c.startMonth, c.endMonth, ['campaigns', i, 'endMonth']);
  });

export type ScenarioInput = z.input<typeof ScenarioSchema>;
export type Scenario = z.output<typeof ScenarioSchema>;
