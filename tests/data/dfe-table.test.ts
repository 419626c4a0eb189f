import { describe, expect, it } from 'vitest';
import {
  describeMissing,
  MISSING_MARKERS,
  parseDfeNumber,
  parseDfeTable,
  parseTimePeriod,
} from '../../src/data/dfe-table.js';
import { parseCsv } from '../../src/data/parse-csv.js';
import { readShared, sharedFiles } from './shared-data.js';

const ID_OR_TEXT =
  /^(time_period|time_identifier|geographic_level|country_code|country_name|region_code|region_name|old_la_code|new_la_code|la_name|category|population_type|cla_group|sw_stability)$/;

describe('parseDfeNumber', () => {
  it('reads numbers and never turns a symbol into a number', () => {
    expect(parseDfeNumber('205.8')).toBe(205.8);
    expect(parseDfeNumber('0')).toBe(0);
    expect(parseDfeNumber('1,234')).toBe(1234);
    for (const symbol of ['c', ':', 'x', 'z', 'u', 'low', '', 'n/a'])
      expect(parseDfeNumber(symbol)).toBeUndefined();
  });
});

describe('parseTimePeriod', () => {
  it('reads a year and the second year of a two-year period', () => {
    expect(parseTimePeriod('2021')).toBe(2021);
    expect(parseTimePeriod('202021')).toBe(2021);
    expect(parseTimePeriod('2021/22')).toBeUndefined();
  });
});

describe('parseDfeTable on the published files', () => {
  for (const file of sharedFiles()) {
    it(`${file}: every symbol stays missing and every number is kept`, () => {
      const text = readShared(file);
      const parsed = parseDfeTable(text, { file, measures: [] });
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) return;
      const [header, ...records] = parseCsv(text);
      const columns = header!.map((h) => h.trim());
      expect(parsed.value.length).toBe(records.length);
      let symbols = 0;
      parsed.value.forEach((row, i) => {
        columns.forEach((column, j) => {
          if (ID_OR_TEXT.test(column)) return;
          const raw = records[i]![j]!.trim();
          const n = parseDfeNumber(raw);
          if (n === undefined) {
            symbols++;
            expect(row.values[column], `${file}:${row.line} ${column} "${raw}"`).toBeUndefined();
            expect(row.missing[column]).toBe(raw);
          } else {
            expect(row.values[column]).toBe(n);
            expect(row.missing[column]).toBeUndefined();
          }
        });
      });
      expect(symbols).toBeGreaterThan(0);
    });
  }

  it('keeps the workforce file symbols c, x, z, u and low as missing with their meaning', () => {
    const file = 'csww_indicators_2017_to_2025.csv';
    const parsed = parseDfeTable(readShared(file), { file, measures: ['agency_fte'] });
    if (!parsed.ok) throw new Error('parse failed');
    const seen = new Set(parsed.value.flatMap((r) => Object.values(r.missing)));
    for (const symbol of ['c', 'x', 'z', 'u', 'low']) expect(seen).toContain(symbol);
    const sunderland2023 = parsed.value.find((r) => r.newCode === 'E08000024' && r.year === 2023)!;
    expect(sunderland2023.values.agency_fte).toBeUndefined();
    expect(describeMissing(sunderland2023, 'agency_fte')).toBe(`is "low" (${MISSING_MARKERS.low})`);
    const hull2017 = parsed.value.find((r) => r.newCode === 'E06000010' && r.year === 2017)!;
    expect(hull2017.values.leavers_fte).toBe(0); // a published zero stays a zero
  });

  it('reads the geography of LA, regional and national rows', () => {
    const file = 'csww_indicators_2017_to_2025.csv';
    const parsed = parseDfeTable(readShared(file), { file, measures: [] });
    if (!parsed.ok) throw new Error('parse failed');
    const hull = parsed.value.find((r) => r.oldCode === '810' && r.year === 2021)!;
    expect(hull).toMatchObject({
      level: 'Local authority',
      newCode: 'E06000010',
      name: 'Kingston upon Hull, City of',
      regionName: 'Yorkshire and The Humber',
    });
    expect(hull.values).toMatchObject({
      case_holders_fte: 205.8,
      agency_fte: 56.3,
      cases: 3681,
      caseload_fte: 17.9,
    });
    const england = parsed.value.find((r) => r.level === 'National' && r.year === 2021)!;
    expect(england).toMatchObject({ newCode: 'E92000001', name: 'England', oldCode: '' });
  });

  it('names a missing column, and a row with an unreadable period or level', () => {
    const missing = parseDfeTable('time_period,geographic_level,new_la_code,old_la_code\n', {
      file: 'f.csv',
      measures: ['cases'],
    });
    expect(missing).toEqual({
      ok: false,
      error: [{ path: 'f.csv.cases', message: expect.stringContaining('column is missing') }],
    });
    const bad = parseDfeTable(
      'time_period,geographic_level,new_la_code,old_la_code,cases\n2021/22,Ward,E1,1,5\n',
      {
        file: 'f.csv',
        measures: ['cases'],
      },
    );
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error[0]!.path).toBe('f.csv:2');
  });
});
