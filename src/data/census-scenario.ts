/**
 * A scenario for any council and census year, built from the DfE children's social work workforce
 * census alone: the case-holding slice at 30 September of `year` as the starting state (from
 * October), and leaving, recruitment, agency and absence rates from a window of census years up
 * to `year`, each carrying its year-to-year spread. `sources` and `description` record the file,
 * columns, council, year and window every number came from. Pure: the data are passed in.
 */
import { type FieldProblem, fail, ok, type Result } from '../scenario/field-problem.js';
import { parseScenario } from '../scenario/parse-scenario.js';
import type { Scenario, ScenarioInput } from '../scenario/scenario-schema.js';
import { type CensusData, censusYears, councilWorkforce, WORKFORCE_FILE } from './census-data.js';
import { demandFromTables } from './census-demand.js';
import { type CensusRates, estimateRates } from './census-rates.js';
import { type CensusStart, censusStart, tenureGroups } from './census-start.js';
import { type Council, describeCouncil, findCouncil } from './council-index.js';
import { councilDemand } from './demand-data.js';
import { roundTo } from './window-estimate.js';

export interface CensusWindow {
  from: number;
  to: number;
}

export interface CensusScenarioRequest {
  /** ONS code, DfE LA number or name. */
  la: string;
  /** Census year of the starting state (30 September); the scenario starts in October. */
  year: number;
  /** Census years the rates are estimated from; default the four years to `year` (fewer if the council has fewer). */
  window?: CensusWindow | undefined;
  /** Default 60. */
  horizonMonths?: number | undefined;
  /**
   * Also fill the demand group from the children in need, child protection and looked-after
   * tables (reporting years to 31 March in the window; stocks at 31 March of `year`). Off by
   * default: open cases are then held at the census level.
   */
  demand?: boolean | undefined;
}

export interface CensusScenario {
  council: Council;
  year: number;
  window: CensusWindow & { years: number[] };
  start: CensusStart;
  rates: CensusRates;
  /** The scenario as JSON (what a file holds) and as parsed. */
  input: ScenarioInput;
  scenario: Scenario;
  /** Data caveats a user should read (also in the description). */
  warnings: string[];
}

export const DEFAULT_WINDOW_YEARS = 4;
export const DEFAULT_HORIZON_MONTHS = 60;
const SOURCE = `src/data/dfe/${WORKFORCE_FILE} (DfE children's social work workforce census, OGL v3.0)`;

/** `2018-2021` or `2021` as a window of census years. */
export function parseWindow(text: string): Result<CensusWindow> {
  const m = /^\s*(\d{4})\s*(?:[-:]|to|\.\.)?\s*(\d{4})?\s*$/.exec(text);
  if (!m) return fail([{ path: 'window', message: `"${text}" is not a window of years such as 2018-2021` }]);
  const from = Number(m[1]);
  return ok({ from, to: m[2] === undefined ? from : Number(m[2]) });
}

function checkWindow(
  window: CensusWindow,
  year: number,
  years: readonly number[],
  label: string,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!Number.isInteger(window.from) || !Number.isInteger(window.to) || window.from > window.to)
    problems.push({
      path: 'window',
      message: `${window.from}-${window.to} must run from an earlier year to a later one`,
    });
  else if (window.to > year)
    problems.push({
      path: 'window.to',
      message: `must not be after the starting year ${year}: rates come only from census years up to the start`,
    });
  else if (!years.some((y) => y >= window.from && y <= window.to))
    problems.push({
      path: 'window',
      message: `${label} has no census years in ${window.from}-${window.to} (it has ${yearList(years)})`,
    });
  return problems;
}

const yearList = (years: readonly number[]) =>
  years.length === 0
    ? 'none'
    : years.length > 2
      ? `${years[0]}-${years[years.length - 1]}`
      : years.join(', ');

/** The scenario for a council's census year, or every reason it cannot be built. */
export function scenarioFromCensus(data: CensusData, request: CensusScenarioRequest): Result<CensusScenario> {
  const found = findCouncil(data.index, request.la, (c) => councilWorkforce(data, c).has(request.year));
  if (!found.ok) return found;
  const council = found.value;
  const label = council.name;
  const rows = councilWorkforce(data, council);
  const years = censusYears(rows);
  const { year } = request;
  const horizonMonths = request.horizonMonths ?? DEFAULT_HORIZON_MONTHS;
  const problems: FieldProblem[] = [];
  if (!Number.isInteger(horizonMonths) || horizonMonths < 1 || horizonMonths > 120)
    problems.push({ path: 'horizonMonths', message: 'must be a whole number of months from 1 to 120' });
  const startRow = rows.get(year);
  if (!Number.isInteger(year) || !startRow) {
    problems.push({
      path: 'year',
      message: `${describeCouncil(council)} has no workforce census for ${year}: it has census years ${yearList(years)}${
        years.length > 0 && years[0]! > data.years.first
          ? ` (the council's LA number ${council.laNumber} first appears in ${years[0]}, after a reorganisation)`
          : ''
      }`,
    });
    return fail(problems);
  }
  const window = request.window ?? {
    from: Math.max(year - DEFAULT_WINDOW_YEARS + 1, years[0]!),
    to: year,
  };
  problems.push(...checkWindow(window, year, years, label));
  const built = censusStart(startRow, label);
  problems.push(...built.problems);
  if (problems.length > 0 || !built.start) return fail(problems);
  const start = built.start;

  const windowRows = years.filter((y) => y >= window.from && y <= window.to).map((y) => rows.get(y)!);
  const rates = estimateRates(windowRows, rows.get(window.from - 1));
  if (!rates.leavingHazard) {
    return fail([
      {
        path: 'window',
        message: `${label} has no usable turnover_rate_fte in ${window.from}-${window.to}; choose a wider window`,
      },
    ]);
  }
  const warnings = [...built.notes, ...collectWarnings(council, window, windowRows, rates, start)];
  const starterRates = [0, 1, 2, 3, 4].map((k) => {
    const r = rows.get(year - k);
    const starters = r?.values.starters_fte;
    const inPost = r?.values.inpost_fte;
    return starters !== undefined && inPost !== undefined && inPost > 0 ? starters / inPost : undefined;
  });
  const input = buildInput(council, start, starterRates, rates, window, windowRows, horizonMonths, warnings);
  if (request.demand) {
    if (!data.demand)
      return fail([
        { path: 'demand', message: 'the children in need tables were not loaded, so demand cannot be built' },
      ]);
    const built = demandFromTables(
      councilDemand(data.demand, council),
      year,
      window,
      council.name,
      start.caseHoldersFte,
    );
    if (!built.estimate) return fail(built.problems);
    input.demand = built.estimate.demand;
    input.sources = { ...input.sources, ...trimSources(built.estimate.sources) };
    input.sources['caseload.openCases'] =
      `not used with demand (open cases are the simulated assessments + CIN + CP + CLA, ${built.estimate.openCasesAtStart} at the start against ${start.cases} cases in the census); ${input.sources['caseload.openCases']}`.slice(
        0,
        1000,
      );
    input.description =
      `${input.description} Demand: referrals, outcomes and exits of children in need, on child protection plans and looked after from the DfE tables for the reporting years to 31 March in the window, open stocks at 31 March ${year} (${built.estimate.openCasesAtStart} children including assessments in progress, against ${start.cases} cases held in the census).`.slice(
        0,
        4000,
      );
  }
  const parsed = parseScenario(input);
  if (!parsed.ok) {
    // The builder made a scenario the schema rejects: a bug, reported with the schema's words.
    return fail(
      parsed.error.map((p) => ({ path: p.path, message: `built scenario is invalid: ${p.message}` })),
    );
  }
  return ok({
    council,
    year,
    window: { ...window, years: windowRows.map((r) => r.year) },
    start,
    rates,
    input,
    scenario: parsed.value,
    warnings,
  });
}

function collectWarnings(
  council: Council,
  window: CensusWindow,
  windowRows: readonly { year: number }[],
  rates: CensusRates,
  start: CensusStart,
): string[] {
  const warnings: string[] = [];
  const have = new Set(windowRows.map((r) => r.year));
  const gaps: number[] = [];
  for (let y = window.from; y <= window.to; y++) if (!have.has(y)) gaps.push(y);
  if (gaps.length > 0)
    warnings.push(`no census row for ${gaps.join(', ')}: the rates use ${[...have].join(', ')}`);
  warnings.push(...rates.excluded);
  const v = rates.vacancyEqualsCover;
  if (v.length > 0 && v.length * 2 >= rates.yearsWithVacancies.length) {
    warnings.push(
      `vacancies look like a lower bound: the published vacancy FTE equals the agency-cover FTE in ${v.length} of ${rates.yearsWithVacancies.length} window years with vacancies (${v.join(', ')}), as if only agency-covered vacancies were reported; the establishment and vacancy rate may be too low and the fill probability too high`,
    );
  }
  if (windowRows.length === 1)
    warnings.push('one census year only: the spread of each rate is an assumption');
  if (!rates.fillProbability)
    warnings.push('no starters per vacancy in the window: national fill probability used');
  if (!rates.coverShare) warnings.push('no vacancy agency-cover rate in the window: national share used');
  if (!rates.absenceRate) warnings.push('no absence rate in the window: England range used');
  if (start.share > 0.95)
    warnings.push(
      `case holders are ${(start.share * 100).toFixed(0)}% of in-post plus agency FTE (most councils 45-70%)`,
    );
  if (council.codes.length > 1)
    warnings.push(
      `${council.name} has had ONS codes ${council.codes.map((c) => `${c.code} (${c.firstYear}-${c.lastYear})`).join(', ')}; their rows are read as one council (LA ${council.laNumber})`,
    );
  return warnings;
}

function buildInput(
  council: Council,
  start: CensusStart,
  starterRates: readonly (number | undefined)[],
  rates: CensusRates,
  window: CensusWindow,
  windowRows: readonly { year: number }[],
  horizonMonths: number,
  warnings: readonly string[],
): ScenarioInput {
  const Y = start.year;
  const at = `${council.name} (${council.code}), 30 Sep ${Y}`;
  const windowText = `census years ${windowRows.map((r) => r.year).join(', ')} (window ${window.from}-${window.to})`;
  const share = roundTo(start.share, 4);
  const meanTurnover = rates.meanTurnover ?? 0;
  const fillFallback = { dist: 'triangular', min: 0.05, mode: 0.063, max: 0.079 } as const;
  const fill = rates.fillProbability?.param ?? fillFallback;
  const fillMean = rates.fillProbability?.mean ?? 0.063;
  const lagMonths = 2;
  const vacancyHeads = Math.floor(start.caseHoldingVacancyFte / start.ftePerHead + 1e-9);
  const offersAccepted = Math.min(vacancyHeads, Math.round(fillMean * vacancyHeads * lagMonths));
  const bandShares = starterBands(starterRates, meanTurnover);
  const permanent = tenureGroups(start.heads, bandShares.shares).map((g) => ({
    route: 'experienced' as const,
    monthsInPost: g.monthsInPost,
    count: g.count,
  }));
  const extra = rates.extraCapacity?.param ?? 0;
  const coverShare = rates.coverShare?.param ?? { dist: 'triangular', min: 0.675, mode: 0.74, max: 0.762 };
  const absence = rates.absenceRate?.param ?? { dist: 'triangular', min: 0.029, mode: 0.032, max: 0.035 };
  const pct = (x: number) => `${roundTo(x * 100, 1)}%`;

  const sources: Record<string, string> = {
    startMonth: `the census counts stocks at 30 September ${Y}, so the scenario starts in October ${Y}`,
    horizonMonths: `chosen when the scenario was built (default ${DEFAULT_HORIZON_MONTHS})`,
    'establishment.initialFte': `${SOURCE}: ${at}: permanent case-holding FTE ${roundTo(start.permanentFte, 2)} + vacant case-holding FTE ${roundTo(start.caseHoldingVacancyFte, 2)} (vacancy_fte ${start.vacancyFte} x ${roundTo(start.permanentFte, 2)} / inpost_fte ${start.inPostFte}); assumption: case-holding posts are vacant in the same proportion as all social worker posts, so the vacancy rate is the published ${roundTo((100 * start.vacancyFte) / (start.vacancyFte + start.inPostFte), 1)}%`,
    'initial.permanent': `${SOURCE}: ${at}: case_holders_fte ${start.caseHoldersFte} minus ${start.agencyHeads} agency case holders = ${roundTo(start.permanentFte, 2)} FTE, as ${start.heads} heads of ${roundTo(start.ftePerHead, 4)} FTE (inpost_fte / inpost_headcount, adjusted so heads x FTE per head = ${roundTo(start.permanentFte, 2)}). Assumptions: case_holders_fte counts agency and LA-employed case holders (it exceeds inpost_fte in 31 council-years, never inpost_fte + agency_fte), and agency workers hold cases in the same proportion as employed ones (case-holding share = case_holders_fte / (inpost_fte + agency_fte) = ${share}). In-post FTE (${start.inPostFte}) includes managers and is not used as the case-holding workforce. The census has no entry-route split: everyone is on the experienced route. Months in post: ${bandShares.text}`,
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

  const description = [
    `Built from the DfE children's social work workforce census (${WORKFORCE_FILE}) for ${describeCouncil(council)}, ${council.region}.`,
    `Starting state: the case-holding workforce at 30 September ${Y}, from October ${Y}: ${roundTo(start.permanentFte, 1)} permanent and ${start.agencyHeads} agency case-holding FTE (= the ${start.caseHoldersFte} published case holders), ${roundTo(start.caseHoldingVacancyFte, 1)} vacant case-holding FTE, ${start.cases} cases.`,
    `Rates come from ${windowText}, each a normal distribution with the window's mean and the spread of one more year's value, truncated to its allowed range: leaving (turnover), vacancy fill (starters per vacancy), agency cover of vacancies and agency beyond cover, absence.`,
    'Assumptions: published case holders include agency case holders, and the case-holding share of LA-employed, agency and vacant FTE is the same, so agency and vacancy rates equal the published ones; in-post FTE includes managers and is not the case-holding workforce; no entry-route split (all experienced); agency assignment length, agency fill and leaver destinations are national assumptions; demand is not simulated (open cases held at the census level).',
    ...(warnings.length > 0 ? [`Data caveats: ${warnings.join('; ')}.`] : []),
  ]
    .join(' ')
    .slice(0, 4000);

  return {
    name: `${council.name} from the ${Y} census`.slice(0, 120),
    description,
    startMonth: `${Y}-10`,
    horizonMonths,
    sources: trimSources(sources),
    establishment: { initialFte: start.establishmentFte },
    initial: { permanent, agency: start.agencyHeads, offersAccepted },
    workforce: { ftePerHead: start.ftePerHead },
    leaving: {
      baseHazardPerMonth: rates.leavingHazard!.param,
      destinations: { otherCouncil: 0.267, agency: 0.124, outOfSector: 0.609 },
    },
    recruitment: { fillProbabilityPerMonth: fill, noticeLagMonths: lagMonths, nqIntakes: [] },
    agency: {
      coverShare,
      fillProbabilityPerMonth: { dist: 'triangular', min: 0.5, mode: 0.7, max: 0.9 },
      assignmentEndHazardPerMonth: { dist: 'triangular', min: 0.111, mode: 0.154, max: 0.181 },
      extraCapacity: extra,
    },
    agencyRules: { enabled: true, fromMonth: '2024-11', agencyFillMultiplier: 1 },
    caseload: { openCases: start.cases, absenceRate: absence },
  };
}

const trimSources = (sources: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(sources).map(([k, v]) => [k, v.slice(0, 1000)]));

/**
 * Share of today's workforce that joined k years before the census (k = 0..4): starters in that
 * year as a share of that year's in-post FTE (the mean of the published years, or the mean
 * turnover, where a year is unpublished), times survival (1 - mean turnover)^(k + 0.5).
 */
function starterBands(
  starterRates: readonly (number | undefined)[],
  meanTurnover: number,
): { shares: number[]; text: string } {
  const known = starterRates.filter((r): r is number => r !== undefined);
  const fallback = known.length > 0 ? known.reduce((a, b) => a + b, 0) / known.length : meanTurnover;
  const shares = starterRates.map((r, k) => (r ?? fallback) * (1 - meanTurnover) ** (k + 0.5));
  return {
    shares,
    text: `share who joined 0-4 years before the census ${shares.map((s) => roundTo(s, 3)).join(', ')} (starters_fte / inpost_fte of each year x survival at the window's mean turnover ${roundTo(meanTurnover * 100, 1)}%), the rest 60+ months`,
  };
}
