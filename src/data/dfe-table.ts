/**
 * A DfE open-data table as published on explore-education-statistics: one row per time period and
 * geography, identified by `time_period`, `geographic_level`, `old_la_code`, `new_la_code` and the
 * names, with measure columns that hold a number or a symbol. Symbols mean "no number here" and
 * are kept as missing, never as zero (EES symbol guidance): `c` confidential (suppressed), `:` not
 * available, `x` unavailable or not collected, `z` not applicable, `u` low reliability, `low`
 * rounds to zero but is not zero. Pure: text in, rows out.
 */
import { type FieldProblem, fail, ok, type Result } from '../scenario/field-problem.js';
import { parseCsv } from './parse-csv.js';

export const GEOGRAPHIC_LEVELS = ['National', 'Regional', 'Local authority'] as const;
export type GeographicLevel = (typeof GEOGRAPHIC_LEVELS)[number];

/** What each published symbol means; any other non-numeric text is also missing. */
export const MISSING_MARKERS: Readonly<Record<string, string>> = {
  c: 'suppressed to protect confidentiality',
  ':': 'not available',
  x: 'not available',
  z: 'not applicable',
  u: 'low reliability',
  low: 'rounds to zero but is not zero',
  '': 'blank',
};

export interface DfeRow {
  /** The year the row is for: 2021 = 30 Sep 2021 (workforce) or 31 Mar 2021 (children in need). */
  year: number;
  level: GeographicLevel;
  /** Three-digit DfE LA number, e.g. '810' ('' above LA level). */
  oldCode: string;
  /** ONS code of the LA, region or country, e.g. 'E06000010'. */
  newCode: string;
  /** LA, region or country name. */
  name: string;
  regionName: string;
  /** The breakdown column when the file has one (category, population_type, cla_group...). */
  category: string;
  /** 1-based line of the row in the file, for messages. */
  line: number;
  /** Measures that hold a number. */
  values: Record<string, number>;
  /** Measures that hold a symbol instead: column -> symbol as published. */
  missing: Record<string, string>;
}

const ID_COLUMNS = new Set([
  'time_period',
  'time_identifier',
  'geographic_level',
  'country_code',
  'country_name',
  'region_code',
  'region_name',
  'old_la_code',
  'new_la_code',
  'la_name',
]);
/** Text columns that split a geography's rows into a breakdown rather than measuring anything. */
export const BREAKDOWN_COLUMNS = ['category', 'population_type', 'cla_group', 'sw_stability'] as const;
const TEXT_COLUMNS = new Set<string>([...ID_COLUMNS, ...BREAKDOWN_COLUMNS]);

const NUMBER = /^-?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/** A published cell as a number, or undefined for a symbol (never 0 for a symbol). */
export function parseDfeNumber(text: string): number | undefined {
  const t = text.trim().replace(/,/g, '');
  return NUMBER.test(t) ? Number(t) : undefined;
}

/** `2021` -> 2021; a two-year period such as `202021` -> its second year, 2021. */
export function parseTimePeriod(text: string): number | undefined {
  const t = text.trim();
  if (/^\d{4}$/.test(t)) return Number(t);
  if (/^\d{6}$/.test(t) && Number(t.slice(4)) === (Number(t.slice(2, 4)) + 1) % 100)
    return Number(t.slice(0, 4)) + 1;
  return undefined;
}

export interface TableSpec {
  /** File name, for messages. */
  file: string;
  /** Measure columns the caller reads; a file without one of them is rejected. */
  measures: readonly string[];
}

/** Parses a DfE table; a missing column or an unreadable period or level is a problem, not a guess. */
export function parseDfeTable(text: string, spec: TableSpec): Result<DfeRow[]> {
  const [header, ...records] = parseCsv(text);
  if (!header || header.length < 2) return fail([{ path: spec.file, message: 'is empty or not CSV' }]);
  const columns = header.map((h) => h.trim());
  const index = new Map(columns.map((c, i) => [c, i]));
  const required = ['time_period', 'geographic_level', 'new_la_code', 'old_la_code', ...spec.measures];
  const absent = required.filter((c) => !index.has(c));
  if (absent.length > 0) {
    return fail(
      absent.map((c) => ({
        path: `${spec.file}.${c}`,
        message: `column is missing (the file has: ${columns.join(', ')})`,
      })),
    );
  }
  const measureColumns = columns.filter((c) => !TEXT_COLUMNS.has(c));
  const breakdown = BREAKDOWN_COLUMNS.find((c) => index.has(c));
  const get = (record: string[], column: string) => record[index.get(column) ?? -1] ?? '';
  const rows: DfeRow[] = [];
  const problems: FieldProblem[] = [];
  records.forEach((record, i) => {
    const line = i + 2;
    if (record.length === 1 && record[0]!.trim() === '') return;
    const year = parseTimePeriod(get(record, 'time_period'));
    const level = get(record, 'geographic_level').trim() as GeographicLevel;
    if (year === undefined || !GEOGRAPHIC_LEVELS.includes(level)) {
      problems.push({
        path: `${spec.file}:${line}`,
        message: `has time_period "${get(record, 'time_period')}" and geographic_level "${level}"; expected a year and one of ${GEOGRAPHIC_LEVELS.join(', ')}`,
      });
      return;
    }
    const values: Record<string, number> = {};
    const missing: Record<string, string> = {};
    for (const column of measureColumns) {
      const raw = get(record, column);
      const n = parseDfeNumber(raw);
      if (n === undefined) missing[column] = raw.trim();
      else values[column] = n;
    }
    const name =
      level === 'Local authority'
        ? get(record, 'la_name')
        : level === 'Regional'
          ? get(record, 'region_name')
          : get(record, 'country_name');
    rows.push({
      year,
      level,
      oldCode: get(record, 'old_la_code').trim(),
      newCode: (level === 'Local authority'
        ? get(record, 'new_la_code')
        : level === 'Regional'
          ? get(record, 'region_code')
          : get(record, 'country_code')
      ).trim(),
      name: name.trim(),
      regionName: get(record, 'region_name').trim(),
      category: breakdown ? get(record, breakdown).trim() : '',
      line,
      values,
      missing,
    });
  });
  return problems.length > 0 ? fail(problems) : ok(rows);
}

/** Why a measure has no number in a row: its symbol and what the symbol means. */
export function describeMissing(row: DfeRow, column: string): string {
  const symbol = row.missing[column];
  if (symbol === undefined) return 'has a number';
  const meaning = MISSING_MARKERS[symbol] ?? 'not a number';
  return symbol === '' ? 'is blank' : `is "${symbol}" (${meaning})`;
}
