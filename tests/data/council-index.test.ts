import { describe, expect, it } from 'vitest';
import { findCouncil } from '../../src/data/council-index.js';
import { sharedCensusData } from './census-fixture.js';

const index = () => sharedCensusData().index;

describe('findCouncil', () => {
  it('finds Hull by new code, old code and name, ignoring case and punctuation', () => {
    for (const query of [
      'E06000010',
      'e06000010',
      '810',
      'Kingston upon Hull, City of',
      'KINGSTON UPON HULL',
      'hull',
    ]) {
      const found = findCouncil(index(), query);
      expect(found.ok && found.value.laNumber, query).toBe('810');
    }
  });

  it('reads a council re-coded without a boundary change as one council, under every code it had', () => {
    const barnsley = findCouncil(index(), 'E08000016');
    expect(barnsley.ok && barnsley.value).toMatchObject({
      laNumber: '370',
      code: 'E08000038',
      codes: [
        { code: 'E08000016', firstYear: 2017, lastYear: 2024 },
        { code: 'E08000038', firstYear: 2025, lastYear: 2025 },
      ],
    });
    const newCode = findCouncil(index(), 'E08000038');
    expect(newCode.ok && newCode.value.laNumber).toBe('370');
  });

  it('lists the councils an ambiguous name could mean, and picks the one a preference singles out', () => {
    const dorset = findCouncil(index(), 'Dorset');
    expect(dorset.ok).toBe(false);
    if (!dorset.ok)
      expect(dorset.error[0]!.message).toMatch(
        /matches 2 councils: Dorset \(E06000059, LA 838\); Dorset \(E10000009, LA 835\)/,
      );
    const preferred = findCouncil(index(), 'Dorset', (c) => c.laNumber === '835');
    expect(preferred.ok && preferred.value.code).toBe('E10000009');
  });

  it('explains an unknown council', () => {
    const none = findCouncil(index(), 'Atlantis');
    expect(none).toEqual({
      ok: false,
      error: [{ path: 'la', message: expect.stringContaining('no council "Atlantis"') }],
    });
  });
});
