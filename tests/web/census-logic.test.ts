import { describe, expect, it } from 'vitest';
import { hindcastQueryString, parseHindcastQuery } from '../../web/src/census/hindcast-query.js';
import { verdict } from '../../web/src/census/hindcast-tables.js';
import { type CouncilItem, matchCouncils, windowFor } from '../../web/src/census-api.js';
import { hindcastPath, parseRoute } from '../../web/src/router.js';

const council = (code: string, laNumber: string, name: string, years: number[]): CouncilItem => ({
  code,
  laNumber,
  name,
  region: 'Somewhere',
  codes: [{ code, firstYear: years[0]!, lastYear: years.at(-1)! }],
  years,
});
const COUNCILS = [
  council('E08000029', '334', 'Solihull', [2017, 2018, 2019]),
  council('E06000010', '810', 'Kingston upon Hull, City of', [2017, 2018, 2019, 2020, 2021]),
  council('E06000063', '942', 'Cumberland', [2023, 2024]),
];

describe('council search', () => {
  it('ranks an exact code or LA number first, then names by how they match', () => {
    expect(matchCouncils(COUNCILS, 'e06000010').map((c) => c.laNumber)).toEqual(['810']);
    expect(matchCouncils(COUNCILS, '810').map((c) => c.code)).toEqual(['E06000010']);
    // A whole word of the name beats a match inside a word.
    expect(matchCouncils(COUNCILS, 'hull').map((c) => c.name)).toEqual([
      'Kingston upon Hull, City of',
      'Solihull',
    ]);
    expect(matchCouncils(COUNCILS, '').map((c) => c.name)).toEqual([
      'Cumberland',
      'Kingston upon Hull, City of',
      'Solihull',
    ]);
    expect(matchCouncils(COUNCILS, 'atlantis')).toEqual([]);
  });

  it('offers a window of rate years that starts no earlier than the council’s first census', () => {
    expect(windowFor(COUNCILS[1]!, 2021, 4)).toEqual({ from: 2018, to: 2021 });
    expect(windowFor(COUNCILS[2]!, 2024, 4)).toEqual({ from: 2023, to: 2024 });
    expect(windowFor(COUNCILS[1]!, 2021, 1)).toEqual({ from: 2021, to: 2021 });
  });
});

describe('hindcast URL', () => {
  it('round-trips its settings and drops values it cannot use', () => {
    const q = parseHindcastQuery(
      new URLSearchParams('la=E06000010&from=2019&to=2023&runs=200&seed=a&demand=1'),
    );
    expect(q).toEqual({
      la: 'E06000010',
      from: 2019,
      to: 2023,
      runs: 200,
      seed: 'a',
      windowYears: undefined,
      demand: true,
    });
    expect(hindcastQueryString(q)).toBe('?la=E06000010&from=2019&to=2023&runs=200&seed=a&demand=1');
    expect(parseHindcastQuery(new URLSearchParams('from=soon&runs=-1&seed=<x>'))).toMatchObject({
      la: '',
      from: undefined,
      runs: undefined,
      seed: undefined,
    });
  });

  it('is a route of its own', () => {
    expect(hindcastPath('E06000010', 2019, 2023)).toBe('/hindcast?la=E06000010&from=2019&to=2023');
    expect(parseRoute({ pathname: '/hindcast', search: '?la=810&from=2019&to=2021' })).toMatchObject({
      view: 'hindcast',
      query: { la: '810', from: 2019, to: 2021, demand: false },
    });
  });
});

describe('hindcast verdict', () => {
  const summary = (medianAbsError: number, medianNoChangeError: number | null) => ({
    metric: 'agency_rate' as const,
    observations: 4,
    inBand: 3,
    coverage: 0.75,
    medianAbsError,
    meanAbsError: medianAbsError,
    medianNoChangeError,
  });
  it('compares the median’s error with assuming no change', () => {
    expect(verdict(summary(0.01, 0.03))).toBe('closer than no change');
    expect(verdict(summary(0.03, 0.01))).toBe('further off than no change');
    expect(verdict(summary(0.03, 0.03))).toBe('about the same as no change');
    expect(verdict(summary(0.03, null))).toBe('no starting figure');
  });
});
