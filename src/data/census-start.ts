/**
 * The starting state of a census scenario: the case-holding slice of a council's social work
 * workforce at 30 September, from the DfE census. Case holders (`case_holders_fte`) are taken to
 * include agency case holders (they exceed LA-employed in-post FTE in 31 council-years but never
 * in-post plus agency FTE), and the case-holding share s = case holders / (in post + agency) is
 * applied alike to LA-employed, agency and vacant FTE, so the agency and vacancy rates of the
 * slice equal the published ones and permanent + agency FTE equals the published case holders.
 */
import type { FieldProblem } from '../scenario/field-problem.js';
import { type DfeRow, describeMissing } from './dfe-table.js';

export interface CensusStart {
  year: number;
  caseHoldersFte: number;
  inPostFte: number;
  agencyFte: number;
  vacancyFte: number;
  cases: number;
  /** Case-holding share of LA-employed plus agency FTE. */
  share: number;
  /** Agency workers on case-holding assignments, heads (= FTE): round(agency FTE x share). */
  agencyHeads: number;
  /** Permanent case-holding FTE = case holders - agency heads. */
  permanentFte: number;
  /** Vacant case-holding posts, FTE = vacancy FTE x permanent case-holding FTE / in-post FTE. */
  caseHoldingVacancyFte: number;
  /** Case-holding posts = permanent FTE + vacant case-holding FTE. */
  establishmentFte: number;
  /** Permanent heads and FTE per head (the census in-post FTE per head, adjusted so heads x FTE per head is exact). */
  heads: number;
  ftePerHead: number;
}

const REQUIRED = ['case_holders_fte', 'inpost_fte', 'agency_fte', 'vacancy_fte', 'cases'] as const;

/**
 * Agency FTE as a count of workers: the published number, or 0 where it is published as `low`
 * (under 0.5 FTE, so no whole agency worker); undefined when it is suppressed or unavailable.
 */
export function agencyWorkersFte(row: DfeRow): number | undefined {
  return row.values.agency_fte ?? (row.missing.agency_fte === 'low' ? 0 : undefined);
}

/** Case-holding share of a census year, when its inputs are published. */
export function caseHoldingShare(row: DfeRow): number | undefined {
  const ch = row.values.case_holders_fte;
  const inPost = row.values.inpost_fte;
  const agency = agencyWorkersFte(row);
  if (ch === undefined || inPost === undefined || agency === undefined || inPost + agency <= 0)
    return undefined;
  return Math.min(1, ch / (inPost + agency));
}

/** The start state from a census row, or the fields that stop it being built. */
export function censusStart(
  row: DfeRow,
  label: string,
): { start?: CensusStart; problems: FieldProblem[]; notes: string[] } {
  const notes: string[] = [];
  if (row.values.agency_fte === undefined && agencyWorkersFte(row) === 0)
    notes.push(`${row.year} agency_fte is "low" (under 0.5 FTE): no agency case holders at the start`);
  const present = (c: (typeof REQUIRED)[number]) =>
    c === 'agency_fte' ? agencyWorkersFte(row) !== undefined : row.values[c] !== undefined;
  const problems: FieldProblem[] = REQUIRED.filter((c) => !present(c)).map((c) => ({
    path: `csww.${row.year}.${c}`,
    message: `${label}'s ${row.year} census has ${c} published as ${describeMissing(row, c).replace(/^is /, '')}, so no starting state can be built for ${row.year}; try another year`,
  }));
  if (problems.length > 0) return { problems, notes };
  const caseHoldersFte = row.values.case_holders_fte!;
  const inPostFte = row.values.inpost_fte!;
  const agencyFte = agencyWorkersFte(row)!;
  const vacancyFte = row.values.vacancy_fte!;
  const cases = row.values.cases!;
  const share = caseHoldingShare(row)!;
  const agencyHeads = Math.round(agencyFte * share);
  const permanentFte = caseHoldersFte - agencyHeads;
  if (!(caseHoldersFte > 0) || !(permanentFte > 0)) {
    return {
      problems: [
        {
          path: `csww.${row.year}.case_holders_fte`,
          message: `${label}'s ${row.year} census has ${caseHoldersFte} case-holder FTE and ${agencyFte} agency FTE: no permanent case holders to start from`,
        },
      ],
      notes,
    };
  }
  const headcount = row.values.inpost_headcount;
  const censusFtePerHead =
    headcount !== undefined && headcount > 0 && inPostFte / headcount <= 1 && inPostFte > 0
      ? inPostFte / headcount
      : 1;
  const heads = Math.max(Math.ceil(permanentFte - 1e-9), Math.round(permanentFte / censusFtePerHead));
  // Vacant posts in proportion to permanent case holders, so the vacancy rate is the published one.
  const vacancyCaseHolding = inPostFte > 0 ? (vacancyFte * permanentFte) / inPostFte : 0;
  return {
    start: {
      year: row.year,
      caseHoldersFte,
      inPostFte,
      agencyFte,
      vacancyFte,
      cases,
      share,
      agencyHeads,
      permanentFte,
      caseHoldingVacancyFte: vacancyCaseHolding,
      establishmentFte: permanentFte + vacancyCaseHolding,
      heads,
      ftePerHead: permanentFte / heads,
    },
    problems: [],
    notes,
  };
}

/**
 * Splits `heads` permanent workers by months in post: band k (joined k years before the census)
 * holds share[k] of them, spread over months 12k+1, +4, +7, +10; the rest have 60+ months in post.
 * Whole heads by largest remainder, so the counts sum to `heads`.
 */
export function tenureGroups(
  heads: number,
  bandShares: readonly number[],
): { monthsInPost: number; count: number }[] {
  const cells: { monthsInPost: number; exact: number }[] = [];
  let used = 0;
  bandShares.forEach((share, k) => {
    const s = Math.max(0, Math.min(share, 1 - used));
    used += s;
    for (const q of [1, 4, 7, 10]) cells.push({ monthsInPost: 12 * k + q, exact: (heads * s) / 4 });
  });
  cells.push({ monthsInPost: 60, exact: heads * (1 - used) });
  const counts = cells.map((c) => Math.floor(c.exact + 1e-9));
  let left = heads - counts.reduce((a, b) => a + b, 0);
  const order = cells
    .map((c, i) => ({ i, rem: c.exact - counts[i]! }))
    .sort((a, b) => b.rem - a.rem || b.i - a.i);
  for (const { i } of order) {
    if (left <= 0) break;
    counts[i]!++;
    left--;
  }
  return cells
    .map((c, i) => ({ monthsInPost: c.monthsInPost, count: counts[i]! }))
    .filter((g) => g.count > 0);
}
