import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyOverrides, parseOverride } from '../../src/scenario/apply-overrides.js';
import { parseScenario } from '../../src/scenario/parse-scenario.js';

type Json = Record<string, unknown>;

const BASELINE = JSON.parse(
  readFileSync(new URL('../../scenarios/hull-baseline.json', import.meta.url), 'utf8'),
) as Json;

/** The parent object or array of a dotted path, and the last key. */
function parentOf(root: Json, path: string): [Json, string] {
  const keys = path.split('.');
  let node = root;
  for (const key of keys.slice(0, -1)) node = node[key] as Json;
  return [node, keys[keys.length - 1]!];
}

const set = (path: string, value: unknown) => (s: Json) => {
  const [parent, key] = parentOf(s, path);
  parent[key] = value;
};
const remove = (path: string) => (s: Json) => {
  const [parent, key] = parentOf(s, path);
  delete parent[key];
};

/** [what is wrong, change to the baseline, the one dotted path that must be reported] */
const BAD: [string, (s: Json) => void, string][] = [
  ['a probability of 1.5', set('leaving.baseHazardPerMonth', 1.5), 'leaving.baseHazardPerMonth'],
  ['a negative head count', set('initial.permanent.0.count', -1), 'initial.permanent.0.count'],
  [
    'NaN given as a string',
    set('recruitment.fillProbabilityPerMonth', 'NaN'),
    'recruitment.fillProbabilityPerMonth',
  ],
  ['an unknown top-level key', set('budgetGbp', 1_000_000), 'budgetGbp'],
  ['an unknown nested key', set('agency.coverShre', 0.7), 'agency.coverShre'],
  [
    'an unknown key inside a distribution',
    set('agency.coverShare', { dist: 'beta', alpha: 2, beta: 3, mean: 0.4 }),
    'agency.coverShare.mean',
  ],
  [
    'a normal distribution without truncation for a probability',
    set('leaving.asyeCompletionExitProbability', { dist: 'normal', mean: 0.2, sd: 0.05 }),
    'leaving.asyeCompletionExitProbability',
  ],
  [
    'a triangular distribution with its mode outside [min, max]',
    set('agency.assignmentEndHazardPerMonth', { dist: 'triangular', min: 0.1, mode: 0.3, max: 0.2 }),
    'agency.assignmentEndHazardPerMonth.mode',
  ],
  [
    'a uniform distribution with max below min',
    set('recruitment.fillProbabilityPerMonth', { dist: 'uniform', min: 0.08, max: 0.05 }),
    'recruitment.fillProbabilityPerMonth.max',
  ],
  ['month 2021-13', set('startMonth', '2021-13'), 'startMonth'],
  ['horizon 0', set('horizonMonths', 0), 'horizonMonths'],
  ['horizon 121', set('horizonMonths', 121), 'horizonMonths'],
  ['a threshold on an unknown metric', set('thresholds.1.metric', 'spend_gbp'), 'thresholds.1.metric'],
  [
    'a cohort whose route has no pipelines.routes entry',
    set('pipelines', { cohorts: [{ route: 'frontline', startMonth: '2022-09', size: 5 }] }),
    'pipelines.cohorts.0.route',
  ],
  [
    'a band ending before it starts',
    set('leaving.bands.0.toMonthInPost', 10),
    'leaving.bands.0.toMonthInPost',
  ],
  [
    'a retention offer ending before it starts',
    set('retentionOffers', [
      { name: 'x', hazardMultiplier: 0.8, startMonth: '2022-04', endMonth: '2022-03' },
    ]),
    'retentionOffers.0.endMonth',
  ],
  ['an object where an array is expected', set('initial.permanent', { route: 'nq' }), 'initial.permanent'],
  ['a missing required field', remove('caseload.openCases'), 'caseload.openCases'],
  ['a missing required group', remove('leaving'), 'leaving'],
  [
    'a fractional month count',
    set('initial.permanent.2.monthsInPost', 2.5),
    'initial.permanent.2.monthsInPost',
  ],
  ['an unknown route', set('initial.permanent.0.route', 'graduate'), 'initial.permanent.0.route'],
  [
    'calendar month 13',
    set('recruitment.nqIntakes.0.calendarMonth', 13),
    'recruitment.nqIntakes.0.calendarMonth',
  ],
  ['a share above 1', set('leaving.destinations.agency', 2), 'leaving.destinations.agency'],
  [
    'a lognormal with negative sigma',
    set('agency.extraCapacity', { dist: 'lognormal', median: 20, sigma: -1 }),
    'agency.extraCapacity.sigma',
  ],
  ['a blank name', set('name', '   '), 'name'],
];

describe('parseScenario', () => {
  it('accepts the Hull baseline', () => {
    expect(parseScenario(BASELINE).ok).toBe(true);
  });

  it.each(BAD)('rejects %s at its dotted path', (_what, change, path) => {
    const input = structuredClone(BASELINE);
    change(input);
    const result = parseScenario(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.map((p) => p.path)).toEqual([path]);
    expect(result.error[0]!.message.length).toBeGreaterThan(0);
  });

  it('reports every problem, not only the first', () => {
    const input = structuredClone(BASELINE);
    set('horizonMonths', 0)(input);
    set('agency.coverShre', 0.7)(input);
    const result = parseScenario(input);
    expect(result.ok ? [] : result.error.map((p) => p.path).sort()).toEqual([
      'agency.coverShre',
      'horizonMonths',
    ]);
  });

  it('reports input that is not an object at the empty path', () => {
    const result = parseScenario(42);
    expect(result.ok ? [] : result.error.map((p) => p.path)).toEqual(['']);
  });
});

describe('parseOverride', () => {
  it('parses the value as JSON', () => {
    expect(parseOverride('leaving.baseHazardPerMonth=0.01')).toEqual({
      ok: true,
      value: { path: 'leaving.baseHazardPerMonth', value: 0.01 },
    });
    expect(parseOverride('agency.coverShare={"dist":"uniform","min":0.6,"max":0.8}')).toEqual({
      ok: true,
      value: { path: 'agency.coverShare', value: { dist: 'uniform', min: 0.6, max: 0.8 } },
    });
  });

  it('takes a value that is not JSON as a string', () => {
    expect(parseOverride('name=Hull test')).toEqual({
      ok: true,
      value: { path: 'name', value: 'Hull test' },
    });
  });

  it('rejects text without path=value', () => {
    for (const text of ['horizonMonths', '=12']) {
      const result = parseOverride(text);
      expect(result.ok ? [] : result.error.map((p) => p.path)).toEqual([text]);
    }
  });
});

describe('applyOverrides', () => {
  const overrideOf = (text: string) => {
    const result = parseOverride(text);
    if (!result.ok) throw new Error(text);
    return result.value;
  };

  it('sets a nested value, which then parses', () => {
    const result = applyOverrides(BASELINE, [overrideOf('agency.coverShare=0.6')]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const scenario = parseScenario(result.value);
    expect(scenario.ok && scenario.value.agency.coverShare).toBe(0.6);
  });

  it('follows array indices in the path', () => {
    const result = applyOverrides(BASELINE, [
      overrideOf('initial.permanent.0.count=5'),
      overrideOf('leaving.bands.0.hazardPerMonth=0.02'),
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const value = result.value as { initial: { permanent: { count: number }[] }; leaving: { bands: Json[] } };
    expect(value.initial.permanent[0]!.count).toBe(5);
    expect(value.leaving.bands[0]!.hazardPerMonth).toBe(0.02);
  });

  it('reports a path whose parent does not exist', () => {
    const result = applyOverrides(BASELINE, [
      overrideOf('budget.totalGbp=1'),
      overrideOf('initial.permanent.99.count=1'),
    ]);
    expect(result.ok ? [] : result.error.map((p) => p.path)).toEqual([
      'budget.totalGbp',
      'initial.permanent.99.count',
    ]);
  });

  it('leaves an unknown field under an existing parent for parseScenario to report', () => {
    const result = applyOverrides(BASELINE, [overrideOf('agency.coverShre=0.6')]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const scenario = parseScenario(result.value);
    expect(scenario.ok ? [] : scenario.error.map((p) => p.path)).toEqual(['agency.coverShre']);
  });

  it('refuses __proto__, prototype and constructor and pollutes nothing', () => {
    const paths = [
      '__proto__.polluted',
      'agency.__proto__.polluted',
      'constructor.prototype.polluted',
      'a..b',
    ];
    const result = applyOverrides(
      BASELINE,
      paths.map((path) => ({ path, value: true })),
    );
    expect(result.ok ? [] : result.error.map((p) => p.path)).toEqual(paths);
    expect(({} as Json).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('does not modify its input', () => {
    const before = structuredClone(BASELINE);
    const result = applyOverrides(BASELINE, [
      overrideOf('horizonMonths=24'),
      overrideOf('initial.permanent.0.count=5'),
    ]);
    expect(result.ok).toBe(true);
    expect(BASELINE).toEqual(before);
    if (result.ok) expect(result.value).not.toBe(BASELINE);
  });
});
