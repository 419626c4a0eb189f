/**
 * The DfE tables the product reads, parsed once: the children's social work workforce census
 * (CSWW indicators, stocks at 30 September, flows over the year to 30 September) and the council
 * index built from it. Pure: the shell reads the files and passes their text in.
 */
import { fail, ok, type Result } from '../scenario/field-problem.js';
import { buildCouncilIndex, type Council, type CouncilIndex } from './council-index.js';
import { DEMAND_FILES, type DemandTables, parseDemandTables } from './demand-data.js';
import { type DfeRow, parseDfeTable } from './dfe-table.js';

export const WORKFORCE_FILE = 'csww_indicators_2017_to_2025.csv';

/** Workforce census measures the scenario builder and the hindcast read. */
export const WORKFORCE_MEASURES = [
  'inpost_fte',
  'inpost_headcount',
  'starters_fte',
  'leavers_fte',
  'leavers_headcount',
  'turnover_rate_fte',
  'agency_fte',
  'agency_rate_fte',
  'agency_cover_fte',
  'vacancy_fte',
  'vacancy_rate_fte',
  'vacancy_agency_cover_rate_fte',
  'case_holders_fte',
  'cases',
  'caseload_fte',
  'absence_rate_fte',
] as const;
export type WorkforceMeasure = (typeof WORKFORCE_MEASURES)[number];

export interface CensusData {
  workforce: DfeRow[];
  index: CouncilIndex;
  /** First and last census years in the workforce file. */
  years: { first: number; last: number };
  /** Children in need, child protection and looked-after tables, when supplied. */
  demand?: DemandTables;
}

/** Parses the files; `files` maps file name to text (the demand tables are optional, all or none). */
export function parseCensusData(files: Readonly<Record<string, string>>): Result<CensusData> {
  const text = files[WORKFORCE_FILE];
  if (text === undefined) return fail([{ path: WORKFORCE_FILE, message: 'was not supplied' }]);
  const workforce = parseDfeTable(text, { file: WORKFORCE_FILE, measures: WORKFORCE_MEASURES });
  if (!workforce.ok) return workforce;
  const years = workforce.value.map((r) => r.year);
  if (years.length === 0) return fail([{ path: WORKFORCE_FILE, message: 'has no rows' }]);
  const withDemand = Object.values(DEMAND_FILES).some((f) => files[f] !== undefined);
  const demand = withDemand ? parseDemandTables(files) : undefined;
  if (demand && !demand.ok) return demand;
  return ok({
    workforce: workforce.value,
    index: buildCouncilIndex(workforce.value),
    years: { first: Math.min(...years), last: Math.max(...years) },
    ...(demand ? { demand: demand.value } : {}),
  });
}

/** A council's workforce census rows by year (30 September of that year). */
export function councilWorkforce(data: CensusData, council: Council): Map<number, DfeRow> {
  const byYear = new Map<number, DfeRow>();
  for (const row of data.workforce) {
    if (row.level === 'Local authority' && row.oldCode === council.laNumber) byYear.set(row.year, row);
  }
  return byYear;
}

/** Years a council has a census row for, ascending. */
export const censusYears = (rows: ReadonlyMap<number, DfeRow>): number[] =>
  [...rows.keys()].sort((a, b) => a - b);
