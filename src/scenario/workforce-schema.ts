/**
 * Scenario groups for the workforce stocks and flows (MODEL.md sections 3, 4 and 6). All hazards
 * are probabilities for one simulated month; months written YYYY-MM are calendar months.
 */
import { z } from 'zod';
import { MonthSchema, multiplier, nonNegative, probability, share } from './param-schema.js';
import { GradeSchema, PipelineRouteSchema, RouteSchema } from './routes.js';

const months = (max: number) => z.int().min(0).max(max);

export const EstablishmentSchema = z.strictObject({
  /** Case-holding posts at the start month, FTE. */
  initialFte: z.number().min(0).max(100_000),
  /** Dated changes to the number of posts (e.g. +24 posts from 2018-04). */
  changes: z
    .array(z.strictObject({ month: MonthSchema, changeFte: z.number().min(-100_000).max(100_000) }))
    .max(240)
    .default([]),
});

export const InitialStateSchema = z.strictObject({
  /** Permanent case-holding workers in post at the start, grouped by route, grade and months in post. */
  permanent: z
    .array(
      z.strictObject({
        route: RouteSchema,
        grade: z.enum(['social_worker', 'senior']).default('social_worker'),
        monthsInPost: months(600),
        count: z.int().min(0).max(100_000),
      }),
    )
    .max(2000),
  /** Agency workers on assignment at the start, heads. */
  agency: z.int().min(0).max(100_000),
  /** Offers already accepted at the start (experienced hires), arriving over the notice lag. */
  offersAccepted: z.int().min(0).max(100_000).default(0),
});

export const WorkforceSchema = z.strictObject({
  /** FTE per permanent head (part-time working); 1 means everyone is full time. */
  ftePerHead: z.number().gt(0).max(1).default(1),
});

export const LeavingSchema = z.strictObject({
  /** Monthly probability of leaving the council for a worker no band below matches. */
  baseHazardPerMonth: probability(),
  /** Length-of-service bands: the first band matching route and months in post sets the hazard. */
  bands: z
    .array(
      z.strictObject({
        label: z.string().min(1).max(80),
        routes: z.array(RouteSchema).min(1).optional(),
        fromMonthInPost: months(600),
        toMonthInPost: months(600).optional(),
        hazardPerMonth: probability(),
      }),
    )
    .max(50)
    .default([]),
  /** One-off probability of leaving at ASYE completion (end of month 12 in post, ASYE routes). */
  asyeCompletionExitProbability: probability().default(0),
  /** Hazard multiplier for senior / advanced practitioners. */
  seniorHazardMultiplier: multiplier().default(1),
  /** Where leavers go; shares are normalised to sum to 1 after sampling. */
  destinations: z.strictObject({
    otherCouncil: share(),
    agency: share(),
    outOfSector: share(),
  }),
});

export const ProgressionSchema = z.strictObject({
  /** Minimum months in post before a social worker may progress to senior. */
  minMonthsInPost: months(600).default(24),
  /** Monthly probability of progressing once eligible. */
  probabilityPerMonth: probability().default(0),
});

export const RecruitmentSchema = z.strictObject({
  /** Monthly probability that an advertised vacancy is filled by an experienced hire. */
  fillProbabilityPerMonth: probability(),
  /** Months between an offer being accepted and the worker starting. */
  noticeLagMonths: months(12).default(2),
  /** Seasonal newly qualified intakes: each year in the given calendar month. */
  nqIntakes: z
    .array(
      z.strictObject({
        calendarMonth: z.int().min(1).max(12),
        /** Places offered, heads (capped by the vacancies advertised then). */
        places: nonNegative(),
        /** Probability a place is filled and taken up. */
        fillProbability: probability(),
      }),
    )
    .max(12)
    .default([]),
});

export const AgencySchema = z.strictObject({
  /** Share of vacancies the council policy covers with agency workers. */
  coverShare: share(),
  /** Monthly probability that a wanted agency assignment is filled. */
  fillProbabilityPerMonth: probability(),
  /** Monthly hazard that an agency assignment ends. */
  assignmentEndHazardPerMonth: probability(),
  /** Monthly hazard that an agency worker converts to a permanent post. */
  conversionHazardPerMonth: probability().default(0),
  /** Agency heads kept beyond vacancy cover (extra capacity, absence cover, project teams). */
  extraCapacity: nonNegative().default(0),
  /** Months of notice before an agency worker released after a permanent start leaves. */
  releaseNoticeMonths: months(6).default(1),
  /** Share of permanent leavers into agency work who return to this council as agency workers. */
  leaverReturnShare: probability().default(0),
  /** Months before such a leaver returns as an agency worker. */
  leaverReturnDelayMonths: months(24).default(1),
});

export const PipelineRouteSpecSchema = z.strictObject({
  durationMonths: z.int().min(1).max(60),
  /** Probability a trainee completes (dropouts spread evenly over the duration). */
  completionProbability: probability(),
  /** Probability a completer takes up a post here as an ASYE. */
  takeUpProbability: probability(),
  /** Months after starting in post during which leaving breaks a tie-in (claw-back). */
  tieInMonths: months(120).default(0),
  /** Completers start even when no vacancy is free (supernumerary) instead of being lost. */
  supernumerary: z.boolean().default(false),
});

export const PipelinesSchema = z.strictObject({
  routes: z.partialRecord(PipelineRouteSchema, PipelineRouteSpecSchema).default({}),
  cohorts: z
    .array(
      z.strictObject({
        route: PipelineRouteSchema,
        startMonth: MonthSchema,
        size: nonNegative(),
        /** Repeat the cohort every so many months (e.g. 24 for Step Up), up to repeatCount times. */
        repeatEveryMonths: z.int().min(1).max(120).optional(),
        repeatCount: z.int().min(1).max(120).default(1),
      }),
    )
    .max(100)
    .default([]),
});

export const RetentionOfferSchema = z.strictObject({
  name: z.string().min(1).max(80),
  routes: z.array(RouteSchema).min(1).optional(),
  grades: z.array(GradeSchema).min(1).optional(),
  fromMonthInPost: months(600).default(0),
  toMonthInPost: months(600).optional(),
  /** Multiplies the leaving hazard of the target group while the offer runs (e.g. 0.8). */
  hazardMultiplier: multiplier(),
  startMonth: MonthSchema,
  endMonth: MonthSchema.optional(),
  /** Payment per eligible worker per month while the offer runs, pounds. */
  costPerWorkerPerMonthGbp: nonNegative().default(0),
});

export const CampaignSchema = z.strictObject({
  name: z.string().min(1).max(80),
  startMonth: MonthSchema,
  endMonth: MonthSchema,
  /** Multiplies the experienced-hire and NQ fill probabilities while the campaign runs. */
  fillMultiplier: multiplier().default(1),
  /** Multiplies the agency-to-permanent conversion hazard while the campaign runs. */
  conversionMultiplier: multiplier().default(1),
  costGbp: nonNegative().default(0),
});

export const AgencyRulesSchema = z.strictObject({
  /** DfE statutory guidance on agency social workers (in force 31 October 2024). */
  enabled: z.boolean().default(false),
  fromMonth: MonthSchema.default('2024-11'),
  /** Leavers with fewer months post-qualifying experience may not work as agency staff. */
  minPostQualifyingMonths: months(120).default(36),
  /** Cooling-off before a permanent leaver may return as agency in the same region. */
  leaverReturnDelayMonths: months(24).default(3),
  /** Agency notice aligned to permanent staff. */
  releaseNoticeMonths: months(6).default(1),
  /** Multiplies the agency fill probability (a smaller pool once under-3-year workers are barred). */
  agencyFillMultiplier: multiplier().default(1),
});

export const FeedbackSchema = z.strictObject({
  /** Caseload pressure raises leaving hazards and agency surge cover above a threshold. */
  enabled: z.boolean().default(false),
  caseloadThreshold: nonNegative().default(20),
  /** Leaving hazards are multiplied by 1 + strength x (caseload - threshold) / threshold. */
  strength: nonNegative().default(0.5),
  /** Extra share of uncovered vacancies covered by agency while above the threshold. */
  surgeCoverShare: share().default(0),
});
