import { describe, expect, it } from 'vitest';
import {
  describeThreshold,
  monthsReaching,
  parseThreshold,
  thresholdReport,
} from '../../src/analysis/threshold-report.js';
import { column, createMetricBuffer } from '../../src/engine/metric-buffer.js';
import { METRIC_INDEX, METRIC_NAMES } from '../../src/model/metric-names.js';

describe('parseThreshold', () => {
  it('reads metric, operator and value, with percentages divided by 100', () => {
    expect(parseThreshold('agency_rate<=0.10')).toEqual({
      ok: true,
      value: { metric: 'agency_rate', op: '<=', value: 0.1 },
    });
    expect(parseThreshold(' vacancy_fte > 12 ')).toEqual({
      ok: true,
      value: { metric: 'vacancy_fte', op: '>', value: 12 },
    });
    expect(parseThreshold('agency_rate <= 10%')).toEqual({
      ok: true,
      value: { metric: 'agency_rate', op: '<=', value: 0.1 },
    });
  });

  it('rejects unknown metrics and malformed conditions', () => {
    expect(parseThreshold('agency<=0.1').ok).toBe(false);
    expect(parseThreshold('agency_rate=0.1').ok).toBe(false);
    expect(parseThreshold('agency_rate<=').ok).toBe(false);
  });
});

describe('monthsReaching', () => {
  it('finds the first month reached and the month from which it holds', () => {
    expect(monthsReaching([0.1, 0.85, 0.7, 0.8, 0.9], 0.8)).toEqual({ first: 2, sustained: 4 });
    expect(monthsReaching([0.9, 0.9], 0.8)).toEqual({ first: 1, sustained: 1 });
    expect(monthsReaching([0.9, 0.1], 0.8)).toEqual({ first: 1, sustained: null });
    expect(monthsReaching([0.1, 0.2], 0.8)).toEqual({ first: null, sustained: null });
  });
});

describe('thresholdReport', () => {
  it('counts replications meeting the condition each month and dates the confidence level', () => {
    // 5 replications, 4 months: agency rate falls by 0.05 a month from different starts.
    const buffer = createMetricBuffer(METRIC_NAMES.length, 4, 5);
    const starts = [0.1, 0.12, 0.14, 0.16, 0.3];
    for (let m = 1; m <= 4; m++)
      column(buffer, METRIC_INDEX.agency_rate, m).set(starts.map((s) => s - 0.02 * m));
    const t = { metric: 'agency_rate' as const, op: '<=' as const, value: 0.1 };
    const report = thresholdReport(buffer, t, '2023-11', 0.8);
    // month 1: 0.08 0.10 0.12 0.14 0.28 -> 2/5; month 2: 0.06 .08 .10 .12 .26 -> 3/5; month 3: 4/5; month 4: 4/5
    expect(report.probability).toEqual([0.4, 0.6, 0.8, 0.8]);
    expect(report.firstReached).toBe('2024-01');
    expect(report.sustainedFrom).toBe('2024-01');
    expect(report.sentence).toBe('agency_rate <= 10% with 80% probability from 2024-01');
  });

  it('says when the level is never reached', () => {
    const buffer = createMetricBuffer(METRIC_NAMES.length, 2, 4);
    const report = thresholdReport(buffer, { metric: 'vacancy_fte', op: '>', value: 1 }, '2021-04', 0.5);
    expect(report.firstReached).toBeNull();
    expect(report.sentence).toBe('vacancy_fte > 1 with 50% probability: not reached by 2021-05');
    expect(describeThreshold({ metric: 'agency_rate', op: '<', value: 0.125, label: 'target' })).toBe(
      'target',
    );
  });
});
