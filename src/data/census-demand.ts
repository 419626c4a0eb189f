/**
 * A demand group (MODEL.md section 5) for a council from the DfE children in need, child
 * protection and looked-after tables: monthly referrals, referral outcomes, exit hazards of open
 * CIN, CP and CLA cases, each from the reporting years (to 31 March) in the window with their
 * year-to-year spread, and the open stocks at 31 March of the starting year (the latest published
 * before a 30 September census start). Exit hazards hold the starting stocks in balance with the
 * window's mean inflows (hazard = 1 - exp(-inflow / stock)), so open cases do not drift in
 * expectation: the hindcast found "no change" the best point forecast of caseloads, and hazards
 * from the years' own exits (one year for looked-after children) drifted by about 20%. Pure.
 */
import type { FieldProblem } from '../scenario/field-problem.js';
import type { DemandYear } from './demand-data.js';
import { DEMAND_FILES } from './demand-data.js';
import {
  estimateFromWindow,
  roundTo,
  SINGLE_YEAR_SPREAD,
  type WindowEstimate,
  type YearValue,
} from './window-estimate.js';

/** Assumptions the tables cannot give (as in the hand-built Hull scenario). */
export const CP_STEP_DOWN_TO_CIN_SHARE = 0.6;
export const CP_TO_CLA_SHARE = 0.1;
/** Months of assessments in progress at the start (the queue's steady state, about 1.5 months). */
export const INITIAL_ASSESSMENT_MONTHS = 1.5;
/**
 * Share of assessment capacity in use at the start: the hand-built Hull baseline's 1.6
 * assessments a month per case-holding FTE against its calibrated 2.65, which gives about 86% of
 * assessments within 45 working days (England 2025: 85.7%).
 */
export const ASSESSMENT_UTILISATION = 0.6;

export interface DemandEstimate {
  demand: {
    referrals: { baseRatePerMonth: WindowEstimate['param']; reReferralShare: WindowEstimate['param'] };
    outcomes: {
      noFurtherActionShare: WindowEstimate['param'];
      notInNeedShare: WindowEstimate['param'];
      cpShare: WindowEstimate['param'];
      claShare: WindowEstimate['param'];
    };
    exits: {
      cinHazardPerMonth: WindowEstimate['param'];
      cpHazardPerMonth: WindowEstimate['param'];
      cpStepDownToCinShare: number;
      cpToClaShare: number;
      claHazardPerMonth: WindowEstimate['param'];
    };
    initial: { assessments: number; cin: number; cp: number; cla: number };
    assessment: { completionsPerFtePerMonth: number };
  };
  sources: Record<string, string>;
  /** Open cases at the start: assessments + CIN + CP + CLA. */
  openCasesAtStart: number;
}

const perMonth = (yearly: number) => yearly / 12;
const hazard = (monthlyRate: number) => 1 - Math.exp(-monthlyRate);
const mean2 = (a: number | undefined, b: number | undefined) =>
  a === undefined ? b : b === undefined ? a : (a + b) / 2;

/** Yearly derived quantities; undefined where an input is unpublished. */
function derive(y: DemandYear, prev: DemandYear | undefined) {
  const referrals = y.referrals;
  const nfa = referrals && y.noFurtherAction !== undefined ? y.noFurtherAction / referrals : undefined;
  const assessments = referrals && nfa !== undefined ? perMonth(referrals) * (1 - nfa) : undefined;
  const notInNeed =
    referrals && y.notInNeed !== undefined && y.noFurtherAction !== undefined && referrals > y.noFurtherAction
      ? y.notInNeed / (referrals - y.noFurtherAction)
      : undefined;
  const cpStarts = y.cpStarts === undefined ? undefined : perMonth(y.cpStarts);
  const cpShare = assessments && cpStarts !== undefined ? cpStarts / assessments : undefined;
  const claShare =
    assessments && cpStarts !== undefined && y.claStarts !== undefined
      ? Math.max(0, perMonth(y.claStarts) - CP_TO_CLA_SHARE * cpStarts) / assessments
      : undefined;
  const cpStock = mean2(y.cpAt31, prev?.cpAt31);
  const cpHazard = cpStarts !== undefined && cpStock ? hazard(cpStarts / cpStock) : undefined;
  const claStock = mean2(y.claAt31, prev?.claAt31);
  const claHazard =
    y.claCeases !== undefined && claStock ? hazard(perMonth(y.claCeases) / claStock) : undefined;
  const cinOnly = (d: DemandYear | undefined) =>
    d?.cinAt31 !== undefined && d.cpAt31 !== undefined && d.claAt31 !== undefined
      ? d.cinAt31 - d.cpAt31 - d.claAt31
      : undefined;
  const cinStock = mean2(cinOnly(y), cinOnly(prev));
  const cinInflow =
    assessments !== undefined &&
    notInNeed !== undefined &&
    cpShare !== undefined &&
    claShare !== undefined &&
    cpStarts !== undefined
      ? assessments * Math.max(0, 1 - notInNeed - cpShare - claShare) + cpStarts * CP_STEP_DOWN_TO_CIN_SHARE
      : undefined;
  const cinHazard =
    cinInflow !== undefined && cinStock && cinStock > 0 ? hazard(cinInflow / cinStock) : undefined;
  return {
    referralsPerMonth: referrals === undefined ? undefined : perMonth(referrals),
    reReferral: referrals && y.reReferrals !== undefined ? y.reReferrals / referrals : undefined,
    nfa,
    notInNeed,
    cpShare,
    claShare,
    cpHazard,
    claHazard,
    cinHazard,
    assessments,
  };
}

type Derived = ReturnType<typeof derive>;

/**
 * The demand group for a start at 30 September `startYear`, from reporting years `window` (to 31
 * March, none after `startYear`), or the figures that stop it being built.
 */
export function demandFromTables(
  years: ReadonlyMap<number, DemandYear>,
  startYear: number,
  window: { from: number; to: number },
  label: string,
  caseHoldersFte: number,
): { estimate?: DemandEstimate; problems: FieldProblem[] } {
  const start = years.get(startYear);
  const missing = (
    [
      ['referrals', 'referral_count', DEMAND_FILES.referrals],
      ['cinAt31', 'At31_episodes', DEMAND_FILES.cin],
      ['cpAt31', 'CPP_At31', DEMAND_FILES.cpOpen],
      ['claAt31', 'children looked after on 31 March', DEMAND_FILES.cla],
    ] as const
  ).filter(([key]) => start?.[key] === undefined);
  if (missing.length > 0) {
    const published = [...years.values()].filter((y) => y.claAt31 !== undefined).map((y) => y.year);
    return {
      problems: missing.map(([key, column, file]) => ({
        path: `demand.${startYear}.${key}`,
        message: `${label} has no ${column} for 31 March ${startYear} in ${file}${
          key === 'claAt31'
            ? ` (looked-after counts are published for ${published.length > 0 ? `${Math.min(...published)}-${Math.max(...published)}` : 'no year'}); build without demand or start later`
            : ''
        }`,
      })),
    };
  }
  const rows: { year: number; d: Derived }[] = [];
  for (let y = window.from; y <= window.to; y++) {
    const row = years.get(y);
    if (row) rows.push({ year: y, d: derive(row, years.get(y - 1)) });
  }
  const estimate = (pick: (d: Derived) => number | undefined, lo: number, hi: number, digits: number) =>
    estimateFromWindow(
      rows.flatMap(({ year, d }): YearValue[] => {
        const v = pick(d);
        return v === undefined || !Number.isFinite(v) ? [] : [{ year, value: v }];
      }),
      { lo, hi, digits },
    );
  const e = {
    base: estimate((d) => d.referralsPerMonth, 0, Number.POSITIVE_INFINITY, 1),
    reReferral: estimate((d) => d.reReferral, 0, 1, 4),
    nfa: estimate((d) => d.nfa, 0, 1, 4),
    notInNeed: estimate((d) => d.notInNeed, 0, 1, 4),
    cpShare: estimate((d) => d.cpShare, 0, 1, 4),
    claShare: estimate((d) => d.claShare, 0, 1, 4),
    cinHazard: estimate((d) => d.cinHazard, 0, 1, 4),
    cpHazard: estimate((d) => d.cpHazard, 0, 1, 4),
    claHazard: estimate((d) => d.claHazard, 0, 1, 4),
  };
  const inflows = {
    base: e.base,
    reReferral: e.reReferral,
    nfa: e.nfa,
    notInNeed: e.notInNeed,
    cpShare: e.cpShare,
    claShare: e.claShare,
  };
  const absent = Object.entries(inflows).filter(([, v]) => v === undefined);
  if (absent.length > 0) {
    return {
      problems: [
        {
          path: 'demand',
          message: `${label}'s children in need tables for ${window.from}-${window.to} (years to 31 March) do not give ${absent.map(([k]) => k).join(', ')}; build without demand or choose another window`,
        },
      ],
    };
  }
  const cp = start!.cpAt31!;
  const cla = start!.claAt31!;
  const cin = Math.max(0, start!.cinAt31! - cp - cla);
  const assessmentsNow = derive(start!, years.get(startYear - 1)).assessments ?? e.base!.mean;
  const assessments = Math.round(assessmentsNow * INITIAL_ASSESSMENT_MONTHS);
  // Exit hazards that hold the starting stocks in balance with the window's mean inflows, so the
  // stocks neither drift up nor down in expectation; their spread is the yearly exit rates'.
  const A = e.base!.mean * (1 - e.nfa!.mean);
  const cpIn = e.cpShare!.mean * A;
  const claIn = e.claShare!.mean * A + CP_TO_CLA_SHARE * cpIn;
  const cinIn =
    A * Math.max(0, 1 - e.notInNeed!.mean - e.cpShare!.mean - e.claShare!.mean) +
    CP_STEP_DOWN_TO_CIN_SHARE * cpIn;
  const balanced = (inflow: number, stock: number, yearly: WindowEstimate | undefined, what: string) => {
    const h = stock > 0 ? hazard(inflow / stock) : 0.5;
    const rel =
      yearly && typeof yearly.param === 'object' && yearly.param.dist === 'normal' && yearly.param.mean > 0
        ? yearly.param.sd / yearly.param.mean
        : SINGLE_YEAR_SPREAD;
    const sd = roundTo(Math.max(rel * h, 1e-4), 4);
    const param = { dist: 'normal' as const, mean: roundTo(h, 4), sd, min: 0, max: 1 };
    return {
      param,
      text: `balance of the ${roundTo(stock, 0)} open at 31 March ${startYear} with the window's mean inflow of ${roundTo(inflow, 1)} a month (${what}): 1 - exp(-inflow / stock) = ${roundTo(h, 4)}; sd ${sd} = ${roundTo(rel * 100, 1)}% of it, the relative spread of the yearly exit rates${yearly ? ` (${yearly.text.split(' -> ')[0]})` : ' (none published: assumption 25%)'}`,
    };
  };
  const completions = roundTo(A / Math.max(1, caseHoldersFte) / ASSESSMENT_UTILISATION, 2);
  const cpH = balanced(cpIn, cp, e.cpHazard, 'CP share x assessments');
  const claH = balanced(
    claIn,
    cla,
    e.claHazard,
    `CLA share x assessments + ${CP_TO_CLA_SHARE} x ending CP plans`,
  );
  const cinH = balanced(
    cinIn,
    cin,
    e.cinHazard,
    `assessments x (1 - not in need - CP - CLA shares) + ${CP_STEP_DOWN_TO_CIN_SHARE} x ending CP plans`,
  );
  const yearsText = `reporting years to 31 March ${rows.map((r) => r.year).join(', ')}`;
  const src = (file: string, what: string, est: WindowEstimate) =>
    `src/data/dfe/${file} (DfE, OGL v3.0): ${what}, ${label}, ${yearsText}: ${est.text}`;
  const sources: Record<string, string> = {
    demand: `DfE children in need, child protection and looked-after tables for ${label}, ${yearsText}; stocks at 31 March ${startYear}, six months before the October ${startYear} start (the latest published before it). With demand, open cases are assessments + CIN + CP + CLA children and caseload.openCases is not used`,
    'demand.referrals.baseRatePerMonth': src(DEMAND_FILES.referrals, 'referral_count / 12', e.base!),
    'demand.referrals.reReferralShare': src(
      DEMAND_FILES.referrals,
      'rereferral_count / referral_count',
      e.reReferral!,
    ),
    'demand.outcomes.noFurtherActionShare': src(
      DEMAND_FILES.referrals,
      'no_further_action_count / referral_count',
      e.nfa!,
    ),
    'demand.outcomes.notInNeedShare': src(
      DEMAND_FILES.referrals,
      'not_in_need_count / (referral_count - no_further_action_count), a share of assessments',
      e.notInNeed!,
    ),
    'demand.outcomes.cpShare': src(
      DEMAND_FILES.cpStarts,
      'CPP_start / assessments (referrals less no further action), every plan counted as starting from an assessment',
      e.cpShare!,
    ),
    'demand.outcomes.claShare': src(
      DEMAND_FILES.cla,
      `(children starting to be looked after - ${CP_TO_CLA_SHARE} x CP plans starting) / assessments`,
      e.claShare!,
    ),
    'demand.exits.cinHazardPerMonth': `src/data/dfe/${DEMAND_FILES.cin} (DfE, OGL v3.0), ${label}: ${cinH.text}; CIN = At31_episodes - CPP_At31 - looked after`,
    'demand.exits.cpHazardPerMonth': `src/data/dfe/${DEMAND_FILES.cpOpen} (DfE, OGL v3.0), ${label}: ${cpH.text}`,
    'demand.exits.claHazardPerMonth': `src/data/dfe/${DEMAND_FILES.cla} (DfE, OGL v3.0), ${label}: ${claH.text}`,
    'demand.assessment.completionsPerFtePerMonth': `assumption: capacity set so ${ASSESSMENT_UTILISATION * 100}% of it is in use at the start, as in the hand-built Hull baseline (1.6 assessments a month per case-holding FTE against 2.65, about 86% within 45 working days): ${roundTo(A, 1)} assessments a month / ${caseHoldersFte} case-holder FTE / ${ASSESSMENT_UTILISATION} = ${completions}. The national default 2.6 would leave half of all councils (median 2.3 assessments a month per case holder in 2021) short of capacity from the first month, with backlogs and open cases growing without end`,
    'demand.exits.cpStepDownToCinShare': `assumption: ${CP_STEP_DOWN_TO_CIN_SHARE} of ending CP plans step down to a CIN plan; not in the DfE tables (range 0.4-0.8)`,
    'demand.exits.cpToClaShare': `assumption: ${CP_TO_CLA_SHARE} of ending CP plans lead to care; not in the DfE tables (range 0.05-0.15)`,
    'demand.initial': `src/data/dfe (DfE, OGL v3.0), ${label}, 31 March ${startYear}: CP plans ${cp} (CPP_At31), looked after ${cla}, CIN ${cin} (At31_episodes ${start!.cinAt31} less both); assessments in progress ${assessments} = assumption: ${INITIAL_ASSESSMENT_MONTHS} months of ${roundTo(assessmentsNow, 1)} assessments a month`,
  };
  return {
    estimate: {
      demand: {
        referrals: { baseRatePerMonth: e.base!.param, reReferralShare: e.reReferral!.param },
        outcomes: {
          noFurtherActionShare: e.nfa!.param,
          notInNeedShare: e.notInNeed!.param,
          cpShare: e.cpShare!.param,
          claShare: e.claShare!.param,
        },
        exits: {
          cinHazardPerMonth: cinH.param,
          cpHazardPerMonth: cpH.param,
          cpStepDownToCinShare: CP_STEP_DOWN_TO_CIN_SHARE,
          cpToClaShare: CP_TO_CLA_SHARE,
          claHazardPerMonth: claH.param,
        },
        initial: { assessments, cin, cp, cla },
        assessment: { completionsPerFtePerMonth: completions },
      },
      sources,
      openCasesAtStart: assessments + cin + cp + cla,
    },
    problems: [],
  };
}
