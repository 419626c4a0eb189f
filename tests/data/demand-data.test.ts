import { describe, expect, it } from 'vitest';
import { councilDemand } from '../../src/data/demand-data.js';
import { sharedCensusData } from './census-fixture.js';

describe('councilDemand', () => {
  it("reads Hull's children in need figures by year to 31 March", () => {
    const d = sharedCensusData();
    const hull = d.index.byLaNumber.get('810')!;
    expect(councilDemand(d.demand!, hull).get(2021)).toEqual({
      year: 2021,
      referrals: 4855,
      reReferrals: 1023,
      noFurtherAction: 76,
      notInNeed: 1728,
      cinAt31: 3772,
      cpStarts: 794,
      cpAt31: 618,
      claAt31: 947,
      claStarts: 362,
      claCeases: 283,
    });
  });

  it('sums the councils that share one workforce return', () => {
    const d = sharedCensusData();
    const joint = d.index.byLaNumber.get('314 / 318')!;
    const referrals = d.demand!.referrals.filter(
      (r) => r.year === 2022 && ['314', '318'].includes(r.oldCode),
    );
    expect(referrals).toHaveLength(2);
    expect(councilDemand(d.demand!, joint).get(2022)!.referrals).toBe(
      referrals[0]!.values.referral_count! + referrals[1]!.values.referral_count!,
    );
  });

  it('leaves a figure suppressed in the table undefined, not zero', () => {
    const d = sharedCensusData();
    const suppressed = d.demand!.cpOpen.find((r) => r.missing.CPP_At31 !== undefined);
    if (!suppressed) return;
    const council = d.index.councils.find((c) => c.laNumber.split(' / ').includes(suppressed.oldCode));
    if (!council) return;
    expect(councilDemand(d.demand!, council).get(suppressed.year)?.cpAt31).toBeUndefined();
  });
});
