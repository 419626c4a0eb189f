import { describe, expect, it } from 'vitest';
import type { DfeRow } from '../../src/data/dfe-table.js';
import {
  bandOf,
  hindcastObservations,
  planHindcast,
  type ScoredObservation,
  scoreHindcast,
  scoreObservation,
  simulatedValues,
  summariseScores,
} from '../../src/data/hindcast.js';
import { createMetricBuffer } from '../../src/engine/metric-buffer.js';
import { simulateBuffer } from '../../src/engine/simulate-run.js';
import { METRIC_INDEX, METRIC_NAMES } from '../../src/model/metric-names.js';
import { sharedCensusData } from './census-fixture.js';

const row = (year: number, values: Record<string, number>, missing: Record<string, string> = {}): DfeRow => ({
  year,
  level: 'Local authority',
  oldCode: '999',
  newCode: 'E99999999',
  name: 'Testshire',
  regionName: 'Test',
  category: '',
  line: 2,
  values,
  missing,
});

describe('scoreObservation', () => {
  it('scores the median error and whether the observation is inside P10-P90, ends included', () => {
    const band = { p10: 10, p50: 12, p90: 15 };
    const obs = { metric: 'case_holder_fte' as const, year: 2021, lead: 2, month: 24 };
    expect(scoreObservation({ ...obs, observed: 16 }, band)).toMatchObject({ absError: 4, inBand: false });
    expect(scoreObservation({ ...obs, observed: 10 }, band)).toMatchObject({ absError: 2, inBand: true });
    expect(scoreObservation({ ...obs, observed: 15 }, band)).toMatchObject({ absError: 3, inBand: true });
    expect(scoreObservation({ ...obs, observed: 9.99 }, band).inBand).toBe(false);
  });
});

describe('bandOf', () => {
  it('gives type 7 percentiles: 1..11 has P10 2, P50 6, P90 10', () => {
    expect(bandOf(Float64Array.from([11, 3, 7, 1, 9, 5, 2, 8, 4, 10, 6]))).toEqual({
      p10: 2,
      p50: 6,
      p90: 10,
    });
  });
});

describe('simulatedValues', () => {
  it('makes the census-comparable case holders and caseload of each replication', () => {
    const buffer = createMetricBuffer(METRIC_NAMES.length, 12, 2);
    const set = (metric: keyof typeof METRIC_INDEX, rep: number, v: number) => {
      buffer.data[(METRIC_INDEX[metric] * 13 + 12) * 2 + rep] = v;
    };
    set('permanent_fte', 0, 90);
    set('agency_fte', 0, 10);
    set('open_cases', 0, 1500);
    set('permanent_fte', 1, 100);
    set('agency_fte', 1, 20);
    set('open_cases', 1, 1800);
    set('agency_rate', 1, 0.2);
    expect([...simulatedValues(buffer, 'case_holder_fte', 12)]).toEqual([100, 120]);
    expect([...simulatedValues(buffer, 'caseload', 12)]).toEqual([15, 15]);
    expect([...simulatedValues(buffer, 'agency_rate', 12)]).toEqual([0, 0.2]);
  });

  it('carries the census cases forward by the simulated change in open cases when they count differently', () => {
    const buffer = createMetricBuffer(METRIC_NAMES.length, 12, 1);
    const set = (metric: keyof typeof METRIC_INDEX, month: number, v: number) => {
      buffer.data[METRIC_INDEX[metric] * 13 + month] = v;
    };
    set('open_cases', 0, 4000); // children in the demand stocks at the start
    set('open_cases', 12, 4400); // 10% more a year later
    set('permanent_fte', 12, 180);
    set('agency_fte', 12, 20);
    // 3,000 census cases x 1.1 / 200 FTE
    expect([...simulatedValues(buffer, 'caseload', 12, 3000)]).toEqual([16.5]);
  });
});

describe('summariseScores', () => {
  it('reports coverage and the median and mean absolute error per metric', () => {
    const s = (
      metric: ScoredObservation['metric'],
      absError: number,
      inBand: boolean,
      noChangeError?: number,
    ): ScoredObservation => ({
      metric,
      year: 2020,
      lead: 1,
      month: 12,
      observed: 0,
      p10: 0,
      p50: 0,
      p90: 0,
      absError,
      inBand,
      ...(noChangeError === undefined ? {} : { noChangeError }),
    });
    expect(
      summariseScores([
        s('agency_rate', 0.01, true, 0.01),
        s('agency_rate', 0.03, false, 0.03),
        s('agency_rate', 0.02, true),
        s('agency_rate', 0.1, true, 0.02),
        s('caseload', 2, false),
      ]),
    ).toEqual([
      {
        metric: 'agency_rate',
        observations: 4,
        inBand: 3,
        coverage: 0.75,
        medianAbsError: 0.025,
        meanAbsError: 0.04,
        medianNoChangeError: 0.02,
      },
      {
        metric: 'caseload',
        observations: 1,
        inBand: 0,
        coverage: 0,
        medianAbsError: 2,
        meanAbsError: 2,
        medianNoChangeError: Number.NaN,
      },
    ]);
  });
});

describe('hindcastObservations', () => {
  it('takes the later census figures, in rates as fractions, skipping missing and recording-gap values', () => {
    const rows = new Map([
      [2019, row(2019, { case_holders_fte: 100, turnover_rate_fte: 10 })],
      [
        2020,
        row(
          2020,
          {
            case_holders_fte: 104,
            agency_rate_fte: 12.5,
            turnover_rate_fte: 0,
            leavers_headcount: 4,
            caseload_fte: 16.2,
          },
          { vacancy_rate_fte: 'c' },
        ),
      ],
      [2022, row(2022, { vacancy_rate_fte: 7.4 })],
    ]);
    expect(hindcastObservations(rows, 2019, 2022)).toEqual([
      { metric: 'case_holder_fte', year: 2020, lead: 1, month: 12, observed: 104, atStart: 100 },
      { metric: 'agency_rate', year: 2020, lead: 1, month: 12, observed: 12.5 / 100 },
      { metric: 'caseload', year: 2020, lead: 1, month: 12, observed: 16.2 },
      { metric: 'vacancy_rate', year: 2022, lead: 3, month: 36, observed: 7.4 / 100 },
    ]);
  });
});

describe('planHindcast', () => {
  it('starts Hull at 30 Sep 2019 with rates from census years up to 2019 only, scored on 2020-2023', () => {
    const plan = planHindcast(sharedCensusData(), 'E06000010', 2019, 2023);
    if (!plan.ok) throw new Error(JSON.stringify(plan.error));
    const { built, observations } = plan.value;
    expect(built.window.years).toEqual([2017, 2018, 2019]);
    expect(built.scenario.startMonth).toBe('2019-10');
    expect(built.scenario.horizonMonths).toBe(48);
    expect(observations).toHaveLength(20);
    expect(observations.find((o) => o.metric === 'case_holder_fte' && o.year === 2022)).toEqual({
      metric: 'case_holder_fte',
      year: 2022,
      lead: 3,
      month: 36,
      observed: 222.7,
      atStart: 196.9,
    });
    const scored = scoreHindcast(
      simulateBuffer({ scenario: built.scenario, seed: 'h', runs: 40 }),
      observations,
    );
    for (const s of scored) {
      expect(s.p10).toBeLessThanOrEqual(s.p50);
      expect(s.p50).toBeLessThanOrEqual(s.p90);
      expect(s.absError).toBeCloseTo(Math.abs(s.p50 - s.observed), 12);
      expect(s.noChangeError).toBeCloseTo(Math.abs(s.atStart! - s.observed), 12);
    }
  });

  it('explains a council that cannot be hindcast from that year', () => {
    const plan = planHindcast(sharedCensusData(), 'Cumberland', 2019, 2023);
    expect(plan.ok).toBe(false);
    if (!plan.ok) expect(plan.error[0]!.message).toContain('has no workforce census for 2019');
    const late = planHindcast(sharedCensusData(), 'Hull', 2025, 2027);
    expect(late.ok).toBe(false);
    if (!late.ok)
      expect(late.error[0]!.message).toContain('no census figures to score between 2026 and 2027');
  });
});
