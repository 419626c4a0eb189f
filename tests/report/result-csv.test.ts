import { describe, expect, it } from 'vitest';
import { simulateRun } from '../../src/engine/simulate-run.js';
import { METRIC_NAMES } from '../../src/model/metric-names.js';
import { CSV_HEADER, resultToCsv } from '../../src/report/result-csv.js';
import { summaryTable } from '../../src/report/summary-table.js';
import { fixtureInput, mustParse } from '../model/scenario-builder.js';

const result = simulateRun({
  scenario: mustParse({ ...fixtureInput(), horizonMonths: 3 }),
  seed: 'csv',
  runs: 20,
});

describe('resultToCsv', () => {
  it('writes one row per metric, month and statistic, then one per threshold and month', () => {
    const lines = resultToCsv(result).trimEnd().split('\n');
    expect(lines[0]).toBe(CSV_HEADER);
    expect(lines).toHaveLength(1 + METRIC_NAMES.length * 3 * 8 + result.thresholds.length * 3);
    expect(lines[1]).toBe(`establishment_fte,1,2021-04,mean,${result.series.establishment_fte!.mean[0]}`);
    expect(lines.at(-1)).toBe(
      `"P(agency_rate <= 0.1)",3,2021-06,probability,${result.thresholds[0]!.probability[2]}`,
    );
  });
});

describe('summaryTable', () => {
  it('shows each key metric with P10 / P50 / P90 and the threshold probabilities', () => {
    const table = summaryTable(result);
    expect(table).toContain('2021-06 P10/P50/P90');
    expect(table).toMatch(/^permanent_fte\s/m);
    expect(table).toMatch(/^P\(agency_rate <= 0\.1\)\s+\d+%$/m);
  });
});
