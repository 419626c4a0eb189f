/**
 * The DfE children in need and looked-after tables a demand group is estimated from, by council
 * and reporting year (years to 31 March: 2021 = 1 April 2020 - 31 March 2021; stocks at 31 March).
 * Councils that share one workforce census return (Kingston upon Thames / Richmond upon Thames,
 * the Northamptonshires) are reported separately here, so their counts are summed. Pure.
 */
import { fail, ok, type Result } from '../scenario/field-problem.js';
import type { Council } from './council-index.js';
import { type DfeRow, parseDfeTable } from './dfe-table.js';

export const DEMAND_FILES = {
  referrals: 'c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv',
  cin: 'b1_children_in_need_2013_to_2025.csv',
  cpStarts: 'd3_cpps_subsequent_plan_2013_to_2025.csv',
  cpOpen: 'd5_cpps_at31march_by_duration_2013_to_2025.csv',
  cla: 'cla_number_and_rate_per_10k_children.csv',
} as const;

const MEASURES: Record<keyof typeof DEMAND_FILES, readonly string[]> = {
  referrals: ['referral_count', 'rereferral_count', 'no_further_action_count', 'not_in_need_count'],
  cin: ['At31_episodes'],
  cpStarts: ['CPP_start'],
  cpOpen: ['CPP_At31'],
  cla: ['children_count'],
};

const CLA_TYPES = {
  claAt31: 'Children looked after on 31 March each year',
  claStarts: 'Children starting to be looked after each year',
  claCeases: 'Children ceasing to be looked after each year',
} as const;

export type DemandTables = Record<keyof typeof DEMAND_FILES, DfeRow[]>;

/** One council's figures for one year to 31 March; a figure any part of the council lacks is undefined. */
export interface DemandYear {
  year: number;
  referrals?: number;
  reReferrals?: number;
  noFurtherAction?: number;
  notInNeed?: number;
  /** Children in need episodes open at 31 March (including children on plans and looked after). */
  cinAt31?: number;
  cpStarts?: number;
  cpAt31?: number;
  claAt31?: number;
  claStarts?: number;
  claCeases?: number;
}

/** Parses the five tables; `files` maps file name to text. */
export function parseDemandTables(files: Readonly<Record<string, string>>): Result<DemandTables> {
  const out: Partial<DemandTables> = {};
  for (const [key, file] of Object.entries(DEMAND_FILES) as [keyof typeof DEMAND_FILES, string][]) {
    const text = files[file];
    if (text === undefined) return fail([{ path: file, message: 'was not supplied' }]);
    const parsed = parseDfeTable(text, { file, measures: MEASURES[key] });
    if (!parsed.ok) return parsed;
    out[key] = parsed.value.filter((r) => r.level === 'Local authority');
  }
  return ok(out as DemandTables);
}

/** The LA numbers a council's demand rows are filed under ('314 / 318' -> 314 and 318). */
export const laNumbersOf = (council: Council): string[] => council.laNumber.split('/').map((s) => s.trim());

/** A council's demand figures by year to 31 March, summed over the LA numbers it covers. */
export function councilDemand(tables: DemandTables, council: Council): Map<number, DemandYear> {
  const numbers = laNumbersOf(council);
  const years = new Map<number, DemandYear>();
  const sum = (rows: readonly DfeRow[], column: string, set: (y: DemandYear, v: number) => void) => {
    const byYear = new Map<number, (number | undefined)[]>();
    for (const row of rows) {
      if (!numbers.includes(row.oldCode)) continue;
      const list = byYear.get(row.year) ?? [];
      list.push(row.values[column]);
      byYear.set(row.year, list);
    }
    for (const [year, values] of byYear) {
      const y = years.get(year) ?? { year };
      years.set(year, y);
      if (values.length === numbers.length && values.every((v) => v !== undefined))
        set(
          y,
          values.reduce((a: number, b) => a + b!, 0),
        );
    }
  };
  sum(tables.referrals, 'referral_count', (y, v) => (y.referrals = v));
  sum(tables.referrals, 'rereferral_count', (y, v) => (y.reReferrals = v));
  sum(tables.referrals, 'no_further_action_count', (y, v) => (y.noFurtherAction = v));
  sum(tables.referrals, 'not_in_need_count', (y, v) => (y.notInNeed = v));
  sum(tables.cin, 'At31_episodes', (y, v) => (y.cinAt31 = v));
  sum(tables.cpStarts, 'CPP_start', (y, v) => (y.cpStarts = v));
  sum(tables.cpOpen, 'CPP_At31', (y, v) => (y.cpAt31 = v));
  for (const [key, type] of Object.entries(CLA_TYPES) as [keyof typeof CLA_TYPES, string][]) {
    sum(
      tables.cla.filter((r) => r.category === type),
      'children_count',
      (y, v) => (y[key] = v),
    );
  }
  return years;
}
