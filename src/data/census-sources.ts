/**
 * The text of a census scenario: `sources` (the file, columns, council, years and assumptions
 * behind each number) and the `description`.
 */
import { WORKFORCE_FILE } from './census-data.js';
import type { CensusRates } from './census-rates.js';
import type { CensusWindow } from './census-scenario.js';
import type { CensusStart } from './census-start.js';
import { type Council, describeCouncil } from './council-index.js';
import { roundTo } from './window-estimate.js';

const SOURCE = `src/data/dfe/${WORKFORCE_FILE} (DfE children's social work workforce census, OGL v3.0)`;

/** What the source text of a census scenario quotes besides the council, starting state and rates. */
export interface CensusSourceFacts {
  council: Council;
  start: CensusStart;
  rates: CensusRates;
  window: CensusWindow;
  windowRows: readonly { year: number }[];
  /** Months between offer and start. */
  lagMonths: number;
  /** Mean monthly fill probability and the vacant heads behind the offers accepted at the start. */
  fillMean: number;
  vacancyHeads: number;
  /** How the months in post were estimated (see starterBands). */
  tenureText: string;
  /** The horizon used when the request gives none. */
  defaultHorizonMonths: number;
}

/** `census years 2018, 2019 (window 2018-2019)`. */
export const censusWindowText = (window: CensusWindow, windowRows: readonly { year: number }[]): string =>
  `census years ${windowRows.map((r) => r.year).join(', ')} (window ${window.from}-${window.to})`;

/** Where each number of the scenario came from, keyed by the scenario path. */
export function censusSources(facts: CensusSourceFacts): Record<string, string> {
  const { council, start, rates, lagMonths, fillMean, vacancyHeads } = facts;
  const Y = start.year;
  const at = `${council.name} (${council.code}), 30 Sep ${Y}`;
  const windowText = censusWindowText(facts.window, facts.windowRows);
  const share = roundTo(start.share, 4);
  const pct = (x: number) => `${roundTo(x * 100, 1)}%`;

  return {
    startMonth: `the census counts stocks at 30 September ${Y}, so the scenario starts in October ${Y}`,
    horizonMonths: `chosen when the scenario was built (default ${facts.defaultHorizonMonths})`,
    'establishment.initialFte': `${SOURCE}: ${at}: permanent case-holding FTE ${roundTo(start.permanentFte, 2)} + vacant case-holding FTE ${roundTo(start.caseHoldingVacancyFte, 2)} (vacancy_fte ${start.vacancyFte} x ${roundTo(start.permanentFte, 2)} / inpost_fte ${start.inPostFte}); assumption: case-holding posts are vacant in the same proportion as all social worker posts, so the vacancy rate is the published ${roundTo((100 * start.vacancyFte) / (start.vacancyFte + start.inPostFte), 1)}%`,
    'initial.permanent': `${SOURCE}: ${at}: case_holders_fte ${start.caseHoldersFte} minus ${start.agencyHeads} agency case holders = ${roundTo(start.permanentFte, 2)} FTE, as ${start.heads} heads of ${roundTo(start.ftePerHead, 4)} FTE (inpost_fte / inpost_headcount, adjusted so heads x FTE per head = ${roundTo(start.permanentFte, 2)}). Assumptions: case_holders_fte counts agency and LA-employed case holders (it exceeds inpost_fte in 31 council-years, never inpost_fte + agency_fte), and agency workers hold cases in the same proportion as employed ones (case-holding share = case_holders_fte / (inpost_fte + agency_fte) = ${share}). In-post FTE (${start.inPostFte}) includes managers and is not used as the case-holding workforce. The census has no entry-route split: everyone is on the experienced route. Months in post: ${facts.tenureText}`,
    'initial.agency': `${SOURCE}: ${at}: agency_fte ${start.agencyFte} x case-holding share ${share} = ${start.agencyHeads} (whole workers); agency rate of the slice ${pct(start.agencyHeads / start.caseHoldersFte)} against the published ${pct(start.agencyFte / (start.agencyFte + start.inPostFte))}`,
    'initial.offersAccepted': `assumption: about ${lagMonths} months of hires in their notice period: fill probability ${roundTo(fillMean, 4)} x ${vacancyHeads} vacant heads x ${lagMonths} months`,
    'workforce.ftePerHead': `${SOURCE}: ${at}: see initial.permanent`,
    'leaving.baseHazardPerMonth': `${SOURCE}: turnover_rate_fte (FTE leavers in the year / FTE in post at 30 Sep), ${council.name}, ${windowText}, as monthly hazards 1 - (1 - turnover)^(1/12): ${rates.leavingHazard!.text}. Assumption: case holders leave at the rate of all social workers`,
    'leaving.destinations': `figures.md Suggested default parameters A.2: England 2024 FTE leavers: another LA 26.7%, into agency work 12.4%, left LA children's social work 60.9% (DfE attrition data set; no council figures)`,
    'recruitment.fillProbabilityPerMonth': rates.fillProbability
      ? `${SOURCE}: starters_fte / vacancy_fte (mean of the vacancy stock at the start and end of each year where both are published), ${council.name}, ${windowText}, as 1 - exp(-(starters per vacancy-year) / 12): ${rates.fillProbability.text}`
      : `figures.md Suggested default parameters A.4: England starters per vacancy 0.61-0.98 a year -> triangular(0.05, 0.063, 0.079) per month (the council's window has no usable starters per vacancy)`,
    'recruitment.noticeLagMonths': `assumption: ${lagMonths} months between offer and start (range 1-3)`,
    'recruitment.nqIntakes':
      'none: the census does not separate newly qualified starters; add intakes to model them',
    'agency.coverShare': rates.coverShare
      ? `${SOURCE}: vacancy_agency_cover_rate_fte (share of vacancies covered by agency workers), ${council.name}, ${windowText}: ${rates.coverShare.text}`
      : `figures.md Suggested default parameters B.11: England share of vacancies covered by agency workers 67.5%-76.2% (no council figure in the window)`,
    'agency.extraCapacity': rates.extraCapacity
      ? `${SOURCE}: (agency_fte - agency_cover_fte) x that year's case-holding share, agency workers not covering a vacancy, ${council.name}, ${windowText}: ${rates.extraCapacity.text}`
      : 'assumption: 0 (no agency_cover_fte in the window)',
    'agency.fillProbabilityPerMonth':
      'assumption: a wanted agency assignment is usually filled within one to two months; no public source (triangular 0.5, 0.7, 0.9)',
    'agency.assignmentEndHazardPerMonth':
      'figures.md Suggested default parameters B.9 (assumption, weak evidence; the census has no agency starters or leavers): mean assignment 6 months -> 0.154 per month; triangular from 8.5 months (0.111) to 5 months (0.181)',
    agencyRules:
      'figures.md section 5: DfE statutory guidance on agency social workers from 31 Oct 2024 (first full month 2024-11); its effect on the agency supply is not estimated from the census (agencyFillMultiplier 1): set it to test the rules',
    feedback: 'off: the census cannot estimate a caseload-pressure effect on leaving',
    'caseload.openCases': `${SOURCE}: cases held at 30 Sep ${Y} by the case holders (cases ${start.cases}; caseload ${roundTo(start.cases / start.caseHoldersFte, 2)} per case-holder FTE). Held at this level: demand is not simulated`,
    'caseload.absenceRate': rates.absenceRate
      ? `${SOURCE}: absence_rate_fte, ${council.name}, ${windowText}: ${rates.absenceRate.text}`
      : 'figures.md section 1: England sickness absence 2.9%-3.5% (2017-2025); the council has none in the window',
  };
}

/** The scenario's description: data, starting state, window, assumptions and caveats (4,000 characters at most). */
export function censusDescription(
  council: Council,
  start: CensusStart,
  window: CensusWindow,
  windowRows: readonly { year: number }[],
  warnings: readonly string[],
): string {
  const Y = start.year;
  const windowText = censusWindowText(window, windowRows);
  return [
    `Built from the DfE children's social work workforce census (${WORKFORCE_FILE}) for ${describeCouncil(council)}, ${council.region}.`,
    `Starting state: the case-holding workforce at 30 September ${Y}, from October ${Y}: ${roundTo(start.permanentFte, 1)} permanent and ${start.agencyHeads} agency case-holding FTE (= the ${start.caseHoldersFte} published case holders), ${roundTo(start.caseHoldingVacancyFte, 1)} vacant case-holding FTE, ${start.cases} cases.`,
    `Rates come from ${windowText}, each a normal distribution with the window's mean and the spread of one more year's value, truncated to its allowed range: leaving (turnover), vacancy fill (starters per vacancy), agency cover of vacancies and agency beyond cover, absence.`,
    'Assumptions: published case holders include agency case holders, and the case-holding share of LA-employed, agency and vacant FTE is the same, so agency and vacancy rates equal the published ones; in-post FTE includes managers and is not the case-holding workforce; no entry-route split (all experienced); agency assignment length, agency fill and leaver destinations are national assumptions; demand is not simulated (open cases held at the census level).',
    ...(warnings.length > 0 ? [`Data caveats: ${warnings.join('; ')}.`] : []),
  ]
    .join(' ')
    .slice(0, 4000);
}

/** Each source cut to the schema's 1,000 characters. */
export const trimSources = (sources: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(sources).map(([k, v]) => [k, v.slice(0, 1000)]));
