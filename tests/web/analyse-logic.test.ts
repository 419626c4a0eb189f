import { describe, expect, it } from 'vitest';
import { leverLabel, targetClause, toModelValue } from '../../web/src/analyse/analyse-fields.js';
import { thresholdSentence } from '../../web/src/analyse/target-sentence.js';
import type { Comparison, ThresholdReport } from '../../web/src/analysis-types.js';
import { betterSpec, pairedDiffSpec, pairedMetrics } from '../../web/src/charts/paired-spec.js';
import { analysePath, parseRoute } from '../../web/src/router.js';

describe('the analyse route', () => {
  it('reads /analyse with or without a scenario, ignoring a malformed id', () => {
    expect(parseRoute({ pathname: '/analyse', search: '?scenario=hull-baseline' })).toEqual({
      view: 'analyse',
      scenarioId: 'hull-baseline',
    });
    expect(parseRoute({ pathname: '/analyse/', search: '' })).toEqual({
      view: 'analyse',
      scenarioId: undefined,
    });
    expect(parseRoute({ pathname: '/analyse', search: '?scenario=../x' })).toEqual({
      view: 'analyse',
      scenarioId: undefined,
    });
    expect(analysePath('hull-baseline')).toBe('/analyse?scenario=hull-baseline');
  });
});

describe('analysis words', () => {
  it('names levers in plain words, with the list entry', () => {
    expect(leverLabel('recruitment.nqIntakes.1.places')).toBe('Newly qualified places (entry 2)');
    expect(leverLabel('agency.extraCapacity')).toBe('Agency workers beyond vacancy cover');
    expect(leverLabel('workforce.unknownThing')).toBe('Unknown thing (workforce)');
  });

  it('takes rates in per cent and keeps acronyms', () => {
    expect(toModelValue('agency_rate', 12)).toBe(0.12);
    expect(toModelValue('agency_fte', 12)).toBe(12);
    expect(targetClause('caseload_per_fte', '<=', 20)).toBe('caseload per FTE is at most 20.0');
  });

  const report = (probability: number[], firstReached: string | null, sustainedFrom: string | null) =>
    ({
      threshold: { metric: 'agency_rate', op: '<=', value: 0.12 },
      probability,
      confidence: 0.8,
      firstReached,
      sustainedFrom,
      sentence: '',
    }) as ThresholdReport;

  it('says from which month a target is likely enough, or that it is not', () => {
    expect(thresholdSentence(report([0.5, 0.9], '2021-05', '2021-05'), '2021-05')).toBe(
      'From May 2021 on, the chance that agency rate is at most 12.0% is at least 80%.',
    );
    expect(thresholdSentence(report([0.9, 0.5], '2021-04', null), '2021-05')).toBe(
      'The chance that agency rate is at most 12.0% first reaches at least 80% in Apr 2021 but does not stay there to May 2021.',
    );
    expect(thresholdSentence(report([0.1, 0.3], null, null), '2021-05')).toBe(
      'The chance that agency rate is at most 12.0% does not reach at least 80% by May 2021; the highest is 30%.',
    );
  });
});

describe('paired comparison charts', () => {
  const metric = (direction: 'lower' | 'higher' | null) => ({
    direction,
    mean: [0, -1],
    p10: [0, -2],
    p50: [0, -1],
    p90: [0, 0],
    probabilityBetter: direction ? [0, 0.7] : null,
  });
  const comparison = {
    seed: '1',
    runs: 10,
    months: 2,
    startMonth: '2021-04',
    dates: ['2021-04', '2021-05'],
    baseline: { name: 'Base', hash: 'a', thresholds: [] },
    options: [
      {
        name: 'Option',
        hash: 'b',
        thresholds: [],
        parameters: [],
        financialYears: [],
        metrics: { agency_rate: metric('lower'), cost_total: metric('lower'), open_cases: metric(null) },
      },
    ],
  } as unknown as Comparison;

  it('draws mean, P10-P90 band and a zero line, in the colour of run 2', () => {
    expect(pairedMetrics(comparison)).toEqual(['agency_rate']);
    const spec = pairedDiffSpec(comparison, 'agency_rate', ['1. Base', '2. Option'])!;
    expect(spec.bands).toEqual([
      expect.objectContaining({ label: '2. Option: middle 80%', upper: [0, 0], lower: [0, -2] }),
    ]);
    expect(spec.lines.map((l) => l.label)).toEqual(['2. Option: average difference', 'No difference']);
    expect(spec.lines[0]!.colour).toBe('#E69F00');
    expect(spec.lines[1]!.values).toEqual([0, 0]);
    expect(spec.explainer).toContain('Below zero is better.');
  });

  it('gives the chance the option is better by month for measures with a direction', () => {
    const spec = betterSpec(comparison, 0, '2. Option')!;
    expect(spec.lines.map((l) => l.label)).toEqual(['Agency rate', 'Even chance']);
    expect(spec.lines[0]!.values).toEqual([0, 0.7]);
    expect(spec.yRange).toEqual([0, 1]);
  });
});
