/**
 * The money group (MODEL.md section 7): what the workforce costs each month. Amounts are pounds;
 * rates are fractions (0.15 = 15%). Pay points and rates may be distributions, resolved once per
 * replication like every other parameter. Months written YYYY-MM; a financial year runs April to
 * March and is written "2021-22".
 */
import { z } from 'zod';
import { MonthSchema, multiplier, nonNegative, param, share } from './param-schema.js';
import { PipelineRouteSchema } from './routes.js';

/** A pay award or price change as a fraction (0.03 = +3%); cuts down to -50% are allowed. */
const changeRate = () => param({ min: -0.5, max: 1, what: 'a yearly change as a fraction' });

const GradeAmountsSchema = z.strictObject({
  asye: nonNegative(),
  social_worker: nonNegative(),
  senior: nonNegative(),
});

export const PaySchema = z.strictObject({
  /** Annual salary (pay point) per FTE by grade in force in the start month, pounds. */
  salaryGbp: GradeAmountsSchema,
  /** Market supplement per FTE per year by grade, pounds; on-costed, not raised by pay awards. */
  marketSupplementGbp: GradeAmountsSchema.default({ asye: 0, social_worker: 0, senior: 0 }),
  /** Calendar month in which the yearly pay award takes effect (4 = April). */
  awardCalendarMonth: z.int().min(1).max(12).default(4),
  /**
   * The award applied in every award month after the start month that `awards` does not name.
   * One draw per replication when a distribution (a persistent pay-inflation level); list years
   * in `awards` to give each its own uncertainty.
   */
  annualAwardRate: changeRate().default(0),
  /**
   * Awards in named months (after the start month; earlier ones are already in salaryGbp):
   * salary becomes salary x (1 + rate) + flatGbp. An award named in an award month replaces
   * that month's annual award.
   */
  awards: z
    .array(
      z.strictObject({
        month: MonthSchema,
        rate: changeRate().default(0),
        flatGbp: param({ min: -100_000, max: 100_000, what: 'pounds' }).default(0),
      }),
    )
    .max(240)
    .default([]),
});

export const NiBandSchema = z.strictObject({
  /** First month the band applies (the tax year starts 6 April; the model switches in April). */
  fromMonth: MonthSchema,
  rate: share(),
  /** Secondary threshold per employee per year, pounds. */
  thresholdGbp: nonNegative(),
});

export const OnCostsSchema = z.strictObject({
  /** Employer National Insurance by date; the earliest band also applies before its date. */
  employerNi: z
    .array(NiBandSchema)
    .min(1)
    .max(50)
    .default([
      { fromMonth: '2022-04', rate: 0.138, thresholdGbp: 9100 },
      { fromMonth: '2025-04', rate: 0.15, thresholdGbp: 5000 },
    ]),
  /** Employer pension contribution as a share of pay (LGPS rates vary by fund and year). */
  pensionRate: share(),
  /** Apprenticeship levy as a share of pay (the £15,000 allowance is council-wide and ignored). */
  apprenticeshipLevyRate: share().default(0.005),
});

export const AgencyCapSchema = z.strictObject({
  /** First month the cap limits the agency charge (applied to every assignment from then). */
  fromMonth: MonthSchema,
  /** The cap, exactly one of: pounds per hour, pounds per week, or a premium over permanent cost. */
  hourlyGbp: nonNegative().optional(),
  weeklyGbp: nonNegative().optional(),
  premiumOverPermanent: param({ min: -1, max: 10, what: 'a premium as a fraction' }).optional(),
});

export const AgencyCostSchema = z.strictObject({
  /** The charge per agency FTE, exactly one of: pounds per hour, pounds per week, or a premium
   * over the full cost (pay and on-costs) of a permanent FTE of `premiumGrade`. */
  hourlyRateGbp: nonNegative().optional(),
  weeklyRateGbp: nonNegative().optional(),
  premiumOverPermanent: param({ min: -1, max: 10, what: 'a premium as a fraction' }).optional(),
  premiumGrade: z.enum(['asye', 'social_worker', 'senior']).default('social_worker'),
  hoursPerWeek: param({ min: 0, max: 80, what: 'hours' }).default(37),
  /** Paid weeks per agency FTE per year. */
  weeksPerYear: param({ min: 0, max: 53, what: 'weeks' }).default(52),
  /** Yearly rise of an hourly or weekly rate, applied in each pay-award month after the start. */
  annualIncreaseRate: changeRate().default(0),
  /** Multiplies the charge before any cap (a stress test lever). */
  rateMultiplier: multiplier().default(1),
  cap: AgencyCapSchema.optional(),
});

export const RecruitmentCostSchema = z.strictObject({
  /** One-off cost per permanent starter of any route (advertising, selection, checks), pounds. */
  costPerHireGbp: nonNegative().default(0),
  /** Extra fee per agency worker converted to a permanent post, pounds. */
  agencyConversionFeeGbp: nonNegative().default(0),
});

export const TrainingRouteCostSchema = z.strictObject({
  /** Paid by the council per trainee per month, pounds. */
  bursaryPerTraineePerMonthGbp: nonNegative().default(0),
  backfillPerTraineePerMonthGbp: nonNegative().default(0),
  /** Fees, supervision, practice educators and the like. */
  otherPerTraineePerMonthGbp: nonNegative().default(0),
  /** Annual salary while training (employed routes, e.g. apprentices): on-costed, raised by pay awards. */
  salaryGbp: nonNegative().default(0),
  /** Income: levy funds drawn down per trainee per month (reduces the cost). */
  levyFundingPerTraineePerMonthGbp: nonNegative().default(0),
  /** One-off cost per trainee when a cohort starts. */
  costPerStartGbp: nonNegative().default(0),
});

export const TrainingCostSchema = z.strictObject({
  routes: z.partialRecord(PipelineRouteSchema, TrainingRouteCostSchema).default({}),
  /** Income received per broken tie-in (claw-back of training costs), pounds. */
  clawbackPerTieInBreakGbp: nonNegative().default(0),
});

export const COST_LINES = ['recruitment', 'training', 'retention', 'other'] as const;

export const FixedCostSchema = z.strictObject({
  name: z.string().min(1).max(80),
  /** The reported cost line it belongs to. */
  line: z.enum(COST_LINES).default('other'),
  costPerYearGbp: nonNegative(),
  fromMonth: MonthSchema.optional(),
  toMonth: MonthSchema.optional(),
  /** Raised by each pay award (a staffed team) rather than fixed in cash. */
  upratedWithPay: z.boolean().default(false),
});

const FY_PATTERN = /^(\d{4})-(\d{2})$/;

export const BudgetSchema = z.strictObject({
  /** Financial year April-March, written "2021-22". */
  financialYear: z
    .string()
    .regex(FY_PATTERN, 'must be a financial year written YYYY-YY, e.g. 2021-22')
    .refine((fy) => {
      const [, a, b] = FY_PATTERN.exec(fy) ?? [];
      return (Number(a) + 1) % 100 === Number(b);
    }, 'the second year must follow the first, e.g. 2021-22'),
  /** Budget for the total workforce cost (every cost line) in that year, pounds. */
  budgetGbp: z.number().min(0).max(1e12),
});

export const MoneySchema = z
  .strictObject({
    pay: PaySchema,
    onCosts: OnCostsSchema,
    agency: AgencyCostSchema,
    recruitment: RecruitmentCostSchema.default({ costPerHireGbp: 0, agencyConversionFeeGbp: 0 }),
    training: TrainingCostSchema.default({ routes: {}, clawbackPerTieInBreakGbp: 0 }),
    /** Fixed lines: an academy, overheads, a team; spread evenly over the months they run. */
    fixedCosts: z.array(FixedCostSchema).max(50).default([]),
    budgets: z.array(BudgetSchema).max(20).default([]),
  })
  .superRefine((money, ctx) => {
    const exactlyOne = (obj: Record<string, unknown>, keys: string[], path: string[]) => {
      const given = keys.filter((k) => obj[k] !== undefined);
      if (given.length !== 1)
        ctx.addIssue({ code: 'custom', path, message: `give exactly one of ${keys.join(', ')}` });
    };
    exactlyOne(money.agency, ['hourlyRateGbp', 'weeklyRateGbp', 'premiumOverPermanent'], ['agency']);
    if (money.agency.cap)
      exactlyOne(money.agency.cap, ['hourlyGbp', 'weeklyGbp', 'premiumOverPermanent'], ['agency', 'cap']);
    const seen = new Set<string>();
    money.budgets.forEach((b, i) => {
      if (seen.has(b.financialYear))
        ctx.addIssue({ code: 'custom', path: ['budgets', i, 'financialYear'], message: 'is given twice' });
      seen.add(b.financialYear);
    });
    money.fixedCosts.forEach((f, i) => {
      if (f.fromMonth !== undefined && f.toMonth !== undefined && f.toMonth < f.fromMonth)
        ctx.addIssue({
          code: 'custom',
          path: ['fixedCosts', i, 'toMonth'],
          message: 'must not be before fromMonth',
        });
    });
  });

export type Money = z.output<typeof MoneySchema>;
