/**
 * Monthly rates for a scenario estimated from a window of census years (each year to 30 Sep),
 * each with its year-to-year spread (window-estimate.ts). Conversions (figures.md, "Suggested
 * default parameters"): an annual probability p becomes the monthly hazard 1 - (1 - p)^(1/12)
 * (turnover: DfE leavers / in post at 30 Sep); a rate r per year (starters per vacancy-year)
 * becomes 1 - exp(-r / 12).
 */
import { agencyWorkersFte, caseHoldingShare } from './census-start.js';
import type { DfeRow } from './dfe-table.js';
import { estimateFromWindow, type WindowEstimate, type YearValue } from './window-estimate.js';

export interface CensusRates {
  leavingHazard?: WindowEstimate;
  fillProbability?: WindowEstimate;
  coverShare?: WindowEstimate;
  extraCapacity?: WindowEstimate;
  absenceRate?: WindowEstimate;
  /** Mean annual turnover of the window (for the tenure profile), 0-1. */
  meanTurnover?: number;
  /** Years dropped as implausible, with the reason. */
  excluded: string[];
  /** Years where the published vacancy FTE equals agency cover FTE (vacancies look like a lower bound). */
  vacancyEqualsCover: number[];
  /** Window years that had vacancies, for the lower-bound flag. */
  yearsWithVacancies: number[];
}

const collect = (rows: readonly DfeRow[], f: (r: DfeRow) => number | undefined): YearValue[] =>
  rows.flatMap((r) => {
    const value = f(r);
    return value === undefined || !Number.isFinite(value) ? [] : [{ year: r.year, value }];
  });

/** A turnover of 0 with leavers counted by head, or in a service of 20+ FTE, is a recording gap. */
export function suspectZeroTurnover(r: DfeRow): boolean {
  return (
    r.values.turnover_rate_fte === 0 &&
    ((r.values.leavers_headcount ?? 0) > 0 || (r.values.inpost_fte ?? 0) >= 20)
  );
}

/**
 * Estimates from the window's rows (ascending years); `previous` is the row for the year before
 * the window, used for the vacancy stock at the start of the window's first year.
 */
export function estimateRates(window: readonly DfeRow[], previous: DfeRow | undefined): CensusRates {
  const excluded: string[] = [];
  const turnoverRows = window.filter((r) => {
    if (!suspectZeroTurnover(r)) return true;
    excluded.push(
      `${r.year} turnover 0% with ${r.values.leavers_headcount ?? 'unknown'} leavers by headcount and ${r.values.inpost_fte} FTE in post (recording gap, not used)`,
    );
    return false;
  });
  const turnover = collect(turnoverRows, (r) => {
    const t = r.values.turnover_rate_fte;
    return t === undefined ? undefined : Math.min(t / 100, 0.99);
  });
  const leavingHazard = estimateFromWindow(
    turnover.map((t) => ({ year: t.year, value: 1 - (1 - t.value) ** (1 / 12) })),
    { lo: 0, hi: 1, digits: 5 },
  );

  const vacancyBefore = new Map<number, number | undefined>();
  window.forEach((r, i) => {
    const prior = i > 0 ? window[i - 1] : previous;
    vacancyBefore.set(r.year, prior?.year === r.year - 1 ? prior.values.vacancy_fte : undefined);
  });
  const fill = collect(window, (r) => {
    const starters = r.values.starters_fte;
    const end = r.values.vacancy_fte;
    if (starters === undefined || end === undefined) return undefined;
    const start = vacancyBefore.get(r.year);
    const vacancies = start === undefined ? end : (start + end) / 2;
    if (!(vacancies > 0)) return undefined;
    return Math.min(0.95, 1 - Math.exp(-starters / vacancies / 12));
  });
  const fillProbability = estimateFromWindow(fill, { lo: 0, hi: 0.95, digits: 4 });

  const coverShare = estimateFromWindow(
    collect(window, (r) => {
      const v = r.values.vacancy_agency_cover_rate_fte;
      return v === undefined ? undefined : Math.min(1, v / 100);
    }),
    { lo: 0, hi: 1, digits: 3 },
  );
  const extraCapacity = estimateFromWindow(
    collect(window, (r) => {
      const agency = agencyWorkersFte(r);
      const cover = r.values.agency_cover_fte ?? (r.missing.agency_cover_fte === 'low' ? 0 : undefined);
      const share = caseHoldingShare(r);
      if (agency === undefined || cover === undefined || share === undefined) return undefined;
      return Math.max(0, agency - cover) * share;
    }),
    { lo: 0, hi: Number.POSITIVE_INFINITY, digits: 1 },
  );
  const absenceRate = estimateFromWindow(
    collect(window, (r) => {
      const a = r.values.absence_rate_fte;
      return a === undefined ? undefined : a / 100;
    }),
    { lo: 0, hi: 1, digits: 4 },
  );
  const yearsWithVacancies = window.filter((r) => (r.values.vacancy_fte ?? 0) > 0).map((r) => r.year);
  const vacancyEqualsCover = window
    .filter((r) => (r.values.vacancy_fte ?? 0) > 0 && r.values.vacancy_fte === r.values.agency_cover_fte)
    .map((r) => r.year);
  return {
    ...(leavingHazard ? { leavingHazard } : {}),
    ...(fillProbability ? { fillProbability } : {}),
    ...(coverShare ? { coverShare } : {}),
    ...(extraCapacity ? { extraCapacity } : {}),
    ...(absenceRate ? { absenceRate } : {}),
    ...(turnover.length > 0
      ? { meanTurnover: turnover.reduce((a, t) => a + t.value, 0) / turnover.length }
      : {}),
    excluded,
    vacancyEqualsCover,
    yearsWithVacancies,
  };
}
