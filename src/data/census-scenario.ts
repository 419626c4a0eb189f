/**
 * A scenario for any council and census year, built from the DfE children's social work workforce
 * census alone: the case-holding slice at 30 September of `year` as the starting state (from
 * October), and leaving, recruitment, agency and absence rates from a window of census years up
 * to `year`, each carrying its year-to-year spread. `sources` and `description` record the file,
 * columns, council, year and window every number came from. Pure: the data are passed in. This
 * file checks the request and assembles the parts: the starting state (census-start.ts), the rates
 * (census-rates.ts), the caveats (census-warnings.ts), the scenario JSON (census-input.ts) with its
 * text (census-sources.ts), and the demand group (census-demand.ts).
 */
import { type FieldProblem, fail, ok, type Result } from '../scenario/field-problem.js';
import { parseScenario } from '../scenario/parse-scenario.js';
import type { Scenario, ScenarioInput } from '../scenario/scenario-schema.js';
import { type CensusData, censusYears, councilWorkforce } from './census-data.js';
import { demandFromTables } from './census-demand.js';
import { censusInput, DEFAULT_HORIZON_MONTHS } from './census-input.js';
import { type CensusRates, estimateRates } from './census-rates.js';
import { trimSources } from './census-sources.js';
import { type CensusStart, censusStart } from './census-start.js';
import { censusWarnings } from './census-warnings.js';
import { type Council, describeCouncil, findCouncil } from './council-index.js';
import { councilDemand } from './demand-data.js';

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
  const warnings = [...built.notes, ...censusWarnings(council, window, windowRows, rates, start)];
  const starterRates = [0, 1, 2, 3, 4].map((k) => {
    const r = rows.get(year - k);
    const starters = r?.values.starters_fte;
    const inPost = r?.values.inpost_fte;
    return starters !== undefined && inPost !== undefined && inPost > 0 ? starters / inPost : undefined;
  });
  const input = censusInput(council, start, starterRates, rates, window, windowRows, horizonMonths, warnings);
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
