import { describe, expect, it } from 'vitest';
import { convertParam, derivedText } from '../../web/src/editor/field-def.js';
import { scenarioPathOf } from '../../web/src/editor/field-registry.js';
import { expandPath, getAt, setAt } from '../../web/src/editor/json-path.js';
import { diffScenarios } from '../../web/src/editor/scenario-diff.js';
import { describeParameter, formatValue, monthAt } from '../../web/src/format.js';
import { financialYearOf } from '../../web/src/results/financial-year-table.js';
import { comparePath, parseRoute } from '../../web/src/router.js';

const ID = '8d0e89c9-c184-47f1-a2f6-ed74fb6de2ec';
const ID2 = '0e4b1c5a-1111-4222-8333-944455556666';

describe('parseRoute', () => {
  it('reads the home, run, report and compare addresses', () => {
    expect(parseRoute({ pathname: '/', search: '' })).toEqual({ view: 'home' });
    expect(parseRoute({ pathname: `/runs/${ID}`, search: '' })).toEqual({
      view: 'run',
      id: ID,
      report: false,
    });
    expect(parseRoute({ pathname: `/runs/${ID}`, search: '?view=report' })).toEqual({
      view: 'run',
      id: ID,
      report: true,
    });
    expect(parseRoute({ pathname: '/compare', search: `?runs=${ID},${ID2},${ID},junk` })).toEqual({
      view: 'compare',
      ids: [ID, ID2],
    });
    expect(parseRoute({ pathname: '/nope', search: '' }).view).toBe('not-found');
  });

  it('writes compare addresses that it reads back', () => {
    expect(
      parseRoute({ pathname: '/compare', search: comparePath([ID, ID2]).slice('/compare'.length) }),
    ).toEqual({
      view: 'compare',
      ids: [ID, ID2],
    });
  });
});

describe('json paths', () => {
  it('gets, sets and removes values by dotted path, creating objects on the way', () => {
    const doc = { a: { list: [{ x: 1 }, { x: 2 }] } };
    expect(getAt(doc, 'a.list.1.x')).toBe(2);
    setAt(doc, 'a.list.0.x', 5);
    setAt(doc, 'b.c', true);
    expect(doc).toEqual({ a: { list: [{ x: 5 }, { x: 2 }] }, b: { c: true } });
    setAt(doc, 'b.c', undefined);
    expect(doc).toEqual({ a: { list: [{ x: 5 }, { x: 2 }] }, b: {} });
  });

  it('expands * over list entries and map keys that exist', () => {
    const doc = { routes: { step_up: { p: 1 }, frontline: { p: 2 } }, list: [{}, {}] };
    expect(expandPath(doc, 'routes.*.p')).toEqual(['routes.step_up.p', 'routes.frontline.p']);
    expect(expandPath(doc, 'list.*.size')).toEqual(['list.0.size', 'list.1.size']);
    expect(expandPath(doc, 'missing.*.x')).toEqual([]);
  });

  it('maps API error paths of a run request onto scenario paths', () => {
    expect(scenarioPathOf('scenario.agency.coverShare')).toBe('agency.coverShare');
    expect(scenarioPathOf('scenarioId.leaving.bands.0.hazardPerMonth')).toBe(
      'leaving.bands.0.hazardPerMonth',
    );
    expect(scenarioPathOf('agency.coverShare')).toBe('agency.coverShare');
  });
});

describe('diffScenarios', () => {
  it('lists each differing leaf once, distributions as one value, and ignores names and sources', () => {
    const base = {
      name: 'a',
      sources: { x: 'y' },
      agency: { coverShare: { dist: 'triangular', min: 0.6, mode: 0.7, max: 0.8 } },
    };
    const option = {
      name: 'b',
      sources: {},
      agency: { coverShare: 0.5 },
      pipelines: { cohorts: [{ size: 10 }] },
    };
    expect(diffScenarios([base, option])).toEqual([
      { path: 'agency.coverShare', values: [base.agency.coverShare, 0.5] },
      { path: 'pipelines.cohorts.0.size', values: [undefined, 10] },
    ]);
    expect(diffScenarios([base, structuredClone(base)])).toEqual([]);
  });
});

describe('convertParam', () => {
  it('keeps the centre and range when the certainty changes', () => {
    const tri = { dist: 'triangular', min: 0.0054, mode: 0.0089, max: 0.0124 };
    expect(convertParam(tri, 'number', { min: 0, max: 1 })).toBe(0.0089);
    expect(convertParam(tri, 'uniform', { min: 0, max: 1 })).toEqual({
      dist: 'uniform',
      min: 0.0054,
      max: 0.0124,
    });
    expect(convertParam(0.5, 'triangular', { min: 0, max: 1 })).toEqual({
      dist: 'triangular',
      min: 0.4,
      mode: 0.5,
      max: 0.6,
    });
    expect(convertParam(0.9, 'triangular', { min: 0, max: 1 })).toEqual({
      dist: 'triangular',
      min: 0.72,
      mode: 0.9,
      max: 1,
    });
    expect(convertParam(0.2, 'beta', { min: 0, max: 1 })).toEqual({ dist: 'beta', alpha: 4, beta: 16 });
  });

  it('gives the yearly equivalent of a small monthly chance', () => {
    const def = {
      path: 'x',
      label: 'x',
      kind: 'param' as const,
      unit: '',
      explainer: '',
      min: 0,
      max: 1,
      perMonth: true,
    };
    expect(derivedText(def, 0.0089)).toBe('value 0.0089 a month ≈ 10.2% a year');
  });
});

describe('formatting', () => {
  it('writes rates, chances, pounds, months and financial years as people read them', () => {
    expect(formatValue(0.155, 'fraction')).toBe('15.5%');
    expect(formatValue(0.004, 'probability')).toBe('under 1%');
    expect(formatValue(1_210_000, 'gbp')).toBe('£1.21m');
    expect(monthAt('2021-04', 11)).toBe('2022-03');
    expect(monthAt('2021-04', 12)).toBe('2022-04');
    expect(financialYearOf('2022-03')).toBe('2021-22');
    expect(financialYearOf('2022-04')).toBe('2022-23');
    expect(describeParameter({ dist: 'triangular', min: 6, mode: 8, max: 10 })).toBe(
      '8 most likely, range 6 to 10',
    );
  });
});
