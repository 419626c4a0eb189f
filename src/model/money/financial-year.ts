/**
 * Financial years run April to March and are written "2021-22". A run's months are grouped into
 * the financial years they fall in; the first and last may be partial.
 */
import { addMonths } from '../month-index.js';

/** The financial year of a calendar month YYYY-MM, e.g. 2022-03 -> "2021-22", 2022-04 -> "2022-23". */
export function financialYearOf(month: string): string {
  const year = Number(month.slice(0, 4));
  const first = Number(month.slice(5, 7)) >= 4 ? year : year - 1;
  return `${first}-${String((first + 1) % 100).padStart(2, '0')}`;
}

export interface FinancialYearSpan {
  fy: string;
  /** Simulated months of the year, as 1-based output months (month 1 = the start month). */
  fromMonth: number;
  toMonth: number;
  /** Calendar months of the first and last of those months, YYYY-MM. */
  firstMonth: string;
  lastMonth: string;
  months: number;
  /** True when the run covers fewer than its 12 months. */
  partial: boolean;
}

/** The financial years that months 1..months of a run starting at `startMonth` fall in, in order. */
export function financialYearSpans(startMonth: string, months: number): FinancialYearSpan[] {
  const spans: FinancialYearSpan[] = [];
  for (let m = 1; m <= months; m++) {
    const date = addMonths(startMonth, m - 1);
    const fy = financialYearOf(date);
    const last = spans.at(-1);
    if (last && last.fy === fy) {
      last.toMonth = m;
      last.lastMonth = date;
      last.months++;
    } else {
      spans.push({
        fy,
        fromMonth: m,
        toMonth: m,
        firstMonth: date,
        lastMonth: date,
        months: 1,
        partial: false,
      });
    }
  }
  for (const span of spans) span.partial = span.months < 12;
  return spans;
}
